package fi.rekisteri.core.identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds Finnish personal identity codes in text as people type or paste them, not only in the canonical form
 * {@link PersonalIdentityCode#parse} accepts: with lower-case letters; with spaces, no-break spaces, zero-width
 * characters or dots inside ({@code 131052 - 308T}, {@code 13.10.52-308T}); with a Unicode dash or minus sign
 * (U+2010–U+2015, U+2212 and the other dashes) for the century sign; with full-width or other Unicode digits; with
 * Cyrillic or Greek letters that look like the Latin ones; after a prefix such as {@code hetu:} or {@code FI}; and,
 * where asked, without the century sign ({@code 131052308T}). A candidate counts only when
 * {@link PersonalIdentityCode#isValid} accepts it, so the date must be real and the check character right.
 *
 * <p>A code is a token: it is not found inside a longer run of digits ({@code 41310523089}), and a code without the
 * century sign must end its word. Up to three spaces or invisible characters in a row are read through.
 *
 * <p>Two finders: {@link #inText()} for prose, where ten digits in a row are far more often a phone or account number
 * than a code typed without its sign, so a sign-less code counts only when its check character is a letter; and
 * {@link #inIdentifiers()} for short identifiers, where any sign-less code counts.
 *
 * <p>Results are masked as {@link PersonalIdentityCode#masked()} masks ({@code 131052-****}; {@code 131052****} for
 * one written without the sign): the finder never hands out a code it found. Immutable and thread-safe; linear in
 * the length of the text.
 */
public final class PersonalIdentityCodeFinder {

    private static final PersonalIdentityCodeFinder TEXT = new PersonalIdentityCodeFinder(false);
    private static final PersonalIdentityCodeFinder IDENTIFIERS = new PersonalIdentityCodeFinder(true);

    private static final int IGNORABLE = -1;
    private static final int OTHER = 0;
    private static final int MAX_GAP = 3;
    private static final int DATE_DIGITS = 6;
    private static final int CODE_LENGTH = 11;
    private static final String MASK = "****";
    private static final char[] CENTURY_SIGNS_FOR_SIGNLESS = {'-', 'A', '+'};
    // Letters of other scripts that read as the Latin capitals a code may contain, each followed by its Latin one.
    private static final String LOOKALIKES = "АAВBЕEКKМMНHРPСCТTХXУYаAеEкKмMнHрPсCтTхXуY"
            + "ΑAΒBΕEΗHΚKΜMΝNΡPΤTΥYΧXοO";

    private final boolean signlessWithDigitCheck;

    private PersonalIdentityCodeFinder(boolean signlessWithDigitCheck) {
        this.signlessWithDigitCheck = signlessWithDigitCheck;
    }

    /**
     * The finder for prose, such as a register's texts: a code without its century sign counts only with a letter
     * as check character.
     *
     * @return the finder
     */
    public static PersonalIdentityCodeFinder inText() {
        return TEXT;
    }

    /**
     * The finder for short identifiers: every form counts, ten digits with no sign included.
     *
     * @return the finder
     */
    public static PersonalIdentityCodeFinder inIdentifiers() {
        return IDENTIFIERS;
    }

    /**
     * Tells whether the text contains a valid personal identity code in any form this finder reads.
     *
     * @param text the text to search
     * @return true if at least one code is found
     */
    public boolean containsCode(CharSequence text) {
        return find(text, true).size() > 0;
    }

    /**
     * The codes found, in the order they appear, each masked: {@code 131052-****}, or {@code 131052****} for one
     * written without the century sign. The century sign is shown as normalised (a dash of any kind as {@code -}, a
     * letter in capitals).
     *
     * @param text the text to search
     * @return the masked codes; empty when there are none
     */
    public List<String> maskedCodesIn(CharSequence text) {
        return find(text, false);
    }

    private List<String> find(CharSequence text, boolean firstOnly) {
        Objects.requireNonNull(text, "text");
        List<String> found = new ArrayList<>();
        int length = text.length();
        int previous = OTHER;
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            int symbol = normalise(cp);
            int next = i + Character.charCount(cp);
            if (Digits.isDigit(symbol) && !Digits.isDigit(previous)) {
                int end = match(text, i, found);
                if (end > 0) {
                    if (firstOnly) {
                        return found;
                    }
                    previous = OTHER;
                    i = end;
                    continue;
                }
            }
            previous = symbol;
            i = next;
        }
        return found;
    }

    /** Reads a code starting at {@code start}; on success adds it masked and returns where it ends, else 0. */
    private int match(CharSequence text, int start, List<String> found) {
        char[] symbols = new char[CODE_LENGTH];
        int count = 0;
        int position = start;
        int gap = 0;
        int length = text.length();
        while (position < length && count < CODE_LENGTH) {
            int cp = Character.codePointAt(text, position);
            int symbol = normalise(cp);
            if (symbol == IGNORABLE) {
                if (++gap > MAX_GAP) {
                    break;
                }
                position += Character.charCount(cp);
                continue;
            }
            if (symbol == OTHER) {
                break;
            }
            gap = 0;
            symbols[count++] = (char) symbol;
            position += Character.charCount(cp);
            if (count <= DATE_DIGITS && !Digits.isDigit(symbol)) {
                return 0;
            }
            if (count == CODE_LENGTH - 1 && Digits.isDigit(symbols[DATE_DIGITS])) {
                // Ten symbols with a digit in the sign's place: the sign-less form, DDMMYYZZZQ.
                return signless(text, symbols, position, found);
            }
        }
        if (count < CODE_LENGTH || Digits.isDigit(nextSymbol(text, position)) || !validWithSign(symbols, found)) {
            return 0;
        }
        return position;
    }

    private boolean validWithSign(char[] symbols, List<String> found) {
        if (!PersonalIdentityCode.isValid(new String(symbols))) {
            return false;
        }
        found.add(new String(symbols, 0, DATE_DIGITS + 1) + MASK);
        return true;
    }

    private int signless(CharSequence text, char[] symbols, int end, List<String> found) {
        char check = symbols[CODE_LENGTH - 2];
        int after = nextSymbol(text, end);
        if (Digits.isDigit(after) || isLetter(after) || (Digits.isDigit(check) && !signlessWithDigitCheck)) {
            return 0;
        }
        char[] code = new char[CODE_LENGTH];
        System.arraycopy(symbols, 0, code, 0, DATE_DIGITS);
        System.arraycopy(symbols, DATE_DIGITS, code, DATE_DIGITS + 1, CODE_LENGTH - DATE_DIGITS - 1);
        // The date's validity depends on the century (29 February), the check character does not.
        for (char sign : CENTURY_SIGNS_FOR_SIGNLESS) {
            code[DATE_DIGITS] = sign;
            if (PersonalIdentityCode.isValid(new String(code))) {
                found.add(new String(symbols, 0, DATE_DIGITS) + MASK);
                return end;
            }
        }
        return 0;
    }

    /** The symbol of the code point right after {@code position}, or OTHER at the end of the text. */
    private static int nextSymbol(CharSequence text, int position) {
        return position < text.length() ? normalise(Character.codePointAt(text, position)) : OTHER;
    }

    /**
     * A code point as a code's symbol: an ASCII digit, {@code -}, {@code +} or a capital letter; IGNORABLE for
     * spaces, invisible characters and dots, which a code may contain as typed; OTHER for anything else.
     */
    private static int normalise(int cp) {
        if ((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z')) {
            return cp;
        }
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 'A';
        }
        if (cp == '-' || cp == '+') {
            return cp;
        }
        if (cp == '.' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT) {
            return IGNORABLE;
        }
        if (cp < 0x80) {
            return OTHER;
        }
        if (Character.isDigit(cp)) {
            return '0' + Character.digit(cp, 10);
        }
        if (Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212' || cp == '\u02D7'
                || cp == '\u2796' || cp == '\uFE63' || cp == '\uFF0D') {
            return '-';
        }
        if (cp == '\uFF0B' || cp == '\uFE62' || cp == '\u2795') {
            return '+';
        }
        if (cp >= '\uFF21' && cp <= '\uFF3A') {
            return cp - '\uFF21' + 'A';
        }
        if (cp >= '\uFF41' && cp <= '\uFF5A') {
            return cp - '\uFF41' + 'A';
        }
        int lookalike = cp <= Character.MAX_VALUE ? LOOKALIKES.indexOf(cp) : -1;
        if (lookalike >= 0 && lookalike % 2 == 0) {
            return LOOKALIKES.charAt(lookalike + 1);
        }
        return OTHER;
    }

    private static boolean isLetter(int symbol) {
        return symbol >= 'A' && symbol <= 'Z';
    }

    /** {@code PersonalIdentityCodeFinder[text]} or {@code PersonalIdentityCodeFinder[identifiers]}. */
    @Override
    public String toString() {
        return "PersonalIdentityCodeFinder[" + (signlessWithDigitCheck ? "identifiers" : "text") + "]";
    }
}
