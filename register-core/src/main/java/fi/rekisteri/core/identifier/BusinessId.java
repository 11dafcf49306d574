package fi.rekisteri.core.identifier;

/** TEMPORARY STUB - replaced by the identifiers branch. */
public final class BusinessId {
    private final String value;
    private BusinessId(String value) { this.value = value; }
    /** stub. */
    public static BusinessId parse(CharSequence text) { return new BusinessId(text.toString()); }
    @Override public String toString() { return value; }
    @Override public boolean equals(Object o) { return o instanceof BusinessId b && b.value.equals(value); }
    @Override public int hashCode() { return value.hashCode(); }
}
