package fi.rekisteri.jpa.internal;

/** Column sizes shared by the mapping and the shipped SQL scripts; change both together. */
final class Columns {

    /** A key or a register key: the model's dotted lower-case keys. */
    static final int KEY = 200;
    /** A stable code of an enum or a sealed variant. */
    static final int CODE = 60;
    /** A name, address line, phone number, e-mail address or web address. */
    static final int LINE = 500;
    /** One language of a localized text: statements run to a few paragraphs. */
    static final int TEXT = 10_000;

    private Columns() {}
}
