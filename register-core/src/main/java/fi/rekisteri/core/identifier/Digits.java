package fi.rekisteri.core.identifier;

/** The ASCII digits the identifiers are made of; {@link Character#isDigit} would accept other scripts' digits too. */
final class Digits {

    private Digits() {}

    /** Whether the character is one of {@code 0}–{@code 9}. */
    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The number the digits from {@code from} to {@code to} write; only for ranges known to hold ASCII digits. */
    static int value(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
