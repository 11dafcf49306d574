package fi.rekisteri.export;

/**
 * Bounds on what {@link RegisterReader} accepts, so that a hostile file cannot exhaust memory or time. YAML aliases
 * are never accepted whatever the limits: a register has no use for them and they are the classic way to blow up a
 * small file ("billion laughs").
 *
 * @param maxDocumentChars the longest document, in characters
 * @param maxNestingDepth the deepest nesting of objects and lists
 * @param maxStringChars the longest single text
 */
public record ReadLimits(int maxDocumentChars, int maxNestingDepth, int maxStringChars) {

    private static final ReadLimits DEFAULTS = new ReadLimits(4 * 1024 * 1024, 32, 64 * 1024);

    /** Creates limits; every bound must be positive. */
    public ReadLimits {
        if (maxDocumentChars <= 0 || maxNestingDepth <= 0 || maxStringChars <= 0) {
            throw new IllegalArgumentException("read limits must be positive: document " + maxDocumentChars
                    + ", nesting " + maxNestingDepth + ", string " + maxStringChars);
        }
    }

    /** 4 MiB documents, nesting 32 deep, texts of 64 Ki characters: far above any real register. */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }
}
