package fi.rekisteri.core.diff;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.LocalizedText;

/**
 * Why a change obliges the controller to inform the data subjects before the changed processing starts, rather than
 * only updating the statement. Each has a stable {@link #code()}, the provisions it rests on and its words in fi, sv
 * and en.
 */
public enum PriorNotice implements Coded {
    /** A new purpose: the subjects are told of it before the further processing (Art. 13(3), 14(4)). */
    NEW_PURPOSE("13(3), 14(4)", "uusi käsittelyn tarkoitus", "nytt ändamål med behandlingen",
            "a new purpose of processing"),
    /** A new recipient or category of recipients (Art. 13(1)(e), 14(1)(e)). */
    NEW_RECIPIENT("13(1)(e), 14(1)(e)", "uusi vastaanottaja", "ny mottagare", "a new recipient"),
    /** A new transfer outside the EU/EEA (Art. 13(1)(f), 14(1)(f)). */
    NEW_TRANSFER("13(1)(f), 14(1)(f)", "uusi siirto EU:n tai ETA:n ulkopuolelle",
            "ny överföring utanför EU eller EES", "a new transfer outside the EU/EEA"),
    /** A longer retention period (Art. 13(2)(a), 14(2)(a)). */
    LONGER_RETENTION("13(2)(a), 14(2)(a)", "pidempi säilytysaika", "längre lagringstid",
            "a longer retention period");

    private final String articles;
    @SuppressWarnings("ImmutableEnumChecker") // a LocalizedText: a record of an unmodifiable map, made once here
    private final LocalizedText label;

    PriorNotice(String articles, String finnish, String swedish, String english) {
        this.articles = articles;
        this.label = LocalizedText.of(finnish, swedish, english);
    }

    /** The GDPR provisions the duty rests on, as {@code 13(3), 14(4)}. */
    public String articles() {
        return articles;
    }

    /** What the change is, in words: {@code uusi käsittelyn tarkoitus}. */
    public LocalizedText label() {
        return label;
    }

    /**
     * The duty of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static PriorNotice ofCode(String code) {
        return Coded.ofCode(PriorNotice.class, code, "prior notice");
    }
}
