package fi.rekisteri.core;

/**
 * What kind of body an organisation is, as far as the law on personal data tells them apart: a public authority or
 * body must designate a data protection officer (GDPR Art. 37(1)(a)) and cannot rest processing in its tasks on
 * legitimate interests (Art. 6(1) second subparagraph).
 */
public enum OrganisationKind implements Coded {
    /** A company: osakeyhtiö, osuuskunta, toiminimi and the like. */
    COMPANY(false),
    /** A registered or unregistered association (yhdistys). */
    ASSOCIATION(false),
    /** A foundation (säätiö). */
    FOUNDATION(false),
    /** A state authority or agency (valtion viranomainen). */
    STATE_AUTHORITY(true),
    /** A municipality (kunta, kaupunki) or a joint municipal authority. */
    MUNICIPALITY(true),
    /** A wellbeing services county (hyvinvointialue). */
    WELLBEING_SERVICES_COUNTY(true),
    /** A parish or parish union of the Evangelical Lutheran or the Orthodox Church of Finland (seurakunta). */
    PARISH(true),
    /** Another public body: a university under public law, an independent public institution, and the like. */
    OTHER_PUBLIC_BODY(true);

    private final boolean publicBody;

    OrganisationKind(boolean publicBody) {
        this.publicBody = publicBody;
    }

    /** Whether this is a public authority or body in the sense of GDPR Art. 37(1)(a) and 6(1). */
    public boolean isPublicBody() {
        return publicBody;
    }

    /**
     * The kind of a stable code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException naming the code and the codes that exist
     */
    public static OrganisationKind ofCode(String code) {
        return Coded.ofCode(OrganisationKind.class, code, "organisation kind");
    }
}
