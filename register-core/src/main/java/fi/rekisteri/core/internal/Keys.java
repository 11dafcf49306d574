package fi.rekisteri.core.internal;

/**
 * The rule for keys, one for the register model and the taxonomies: lower-case segments of letters, digits and inner
 * hyphens, joined by dots ({@code contact.email}, {@code direct-marketing}). Each caller words its own message.
 */
public final class Keys {

    private Keys() {}

    /**
     * Whether the text is a key. A loop rather than a regular expression: java.util.regex recurses once per repeated
     * group, so a key of a thousand dotted segments overflowed the stack.
     */
    public static boolean isKey(String key) {
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterLetterOrDigit = true;
            } else if ((c == '-' || c == '.') && afterLetterOrDigit) {
                afterLetterOrDigit = false;
            } else {
                return false;
            }
        }
        return afterLetterOrDigit;
    }
}
