package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.internal.Messages;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A requirement the compliance check tests, with a stable id, the document types it applies to, how much it matters
 * for each of them, and the provision it comes from.
 *
 * <p>The severity depends on the document type because the law asks different things of each: the classic
 * rekisteriseloste (Henkilötietolaki 523/1999 §10) never required legal bases or storage periods, an Art. 13 notice
 * must give both, and the Art. 30 record gives erasure time limits only "where possible". The ids never change; a
 * withdrawn rule's id is not reused. {@code register-core/README.md} lists every rule in one table.
 */
public enum Rule implements Requirement {
    /** The classic rekisteriseloste rests on repealed law; the GDPR asks for Art. 13/14 notices and an Art. 30 record. */
    DOCUMENT_SUPERSEDED("document.superseded", "GDPR 13, 14, 30; TSL 1050/2018 (repealed HetiL 523/1999)",
            "I - - -"),
    /** A statement dated on or after 25.5.2018 that presents itself as one under the Personal Data Act. */
    DOCUMENT_FRAMEWORK_REPEALED("document.framework-repealed", "GDPR 99(2), 94(2); TSL 1050/2018 (HetiL 523/1999)",
            "E E E E"),
    /** An undated or older statement that presents itself as one under the Personal Data Act. */
    DOCUMENT_FRAMEWORK_OUTDATED("document.framework-outdated", "GDPR 99(2), 94(2); TSL 1050/2018 (HetiL 523/1999)",
            "I W W W"),
    /** The controller has no contact details. */
    CONTROLLER_CONTACT("controller.contact", "HetiL 10 § 1 k.; GDPR 13(1)(a), 14(1)(a), 30(1)(a)", "E E E E"),
    /** The controller has no contact details of its own, but a contact point with details is given. */
    CONTROLLER_CONTACT_INDIRECT("controller.contact-indirect", "HetiL 10 § 1 k.; GDPR 13(1)(a), 14(1)(a), 30(1)(a)",
            "I W W W"),
    /** The controller named is a unit of a body (a city's department), not the body itself. */
    CONTROLLER_UNIT("controller.unit", "GDPR 4(7); HetiL 3 § 4 k.", "W W W W"),
    /** A business ID that fails its check digit. */
    BUSINESS_ID_CHECK("business-id.check", "HetiL 10 § 1 k.; GDPR 13(1)(a), 14(1)(a), 30(1)(a); L 244/2001 (YTJ)",
            "E E E E"),
    /** A postal address without a postal code. */
    ADDRESS_POSTAL_CODE("address.postal-code", "GDPR 12(1), 13(1)(a), 14(1)(a), 30(1)(a)", "W W W I"),
    /** An e-mail address with its at sign spelt out, {@code info(at)example.fi}. */
    EMAIL_SPELT_OUT("contact.email-spelt-out", "GDPR 12(1), 12(2), 13(1)(a), 14(1)(a)", "W W W I"),
    /** A joint controller without contact details. */
    JOINT_CONTROLLER_CONTACT("joint-controller.contact", "GDPR 26(1), 13(1)(a), 14(1)(a), 30(1)(a)", "W E E E"),
    /** Joint controllers without the essence of their arrangement. */
    JOINT_CONTROL_ESSENCE("joint-control.essence", "GDPR 26(2)", "- W W -"),
    /** The controller's address lies outside the EU/EEA and no representative in the Union is named. */
    REPRESENTATIVE_MISSING("representative.missing", "GDPR 27, 13(1)(a), 14(1)(a), 30(1)(a); HetiL 10 § 1 k.",
            "W E E E"),
    /** No contact person for register matters, a customary section of the classic statement. */
    CONTACT_POINT_MISSING("contact-point.missing", "HetiL 10 § 1 k. (customary layout)", "I - - -"),
    /** No data protection officer: mandatory only in the cases of Art. 37, so worth knowing, not a fault. */
    DPO_MISSING("dpo.missing", "GDPR 37(1), 13(1)(b), 14(1)(b), 30(1)(a)", "- I I I"),
    /** A public authority or body as the controller, and no data protection officer. */
    DPO_PUBLIC_AUTHORITY("dpo.public-authority", "GDPR 37(1)(a), 13(1)(b), 14(1)(b), 30(1)(a)", "W E E E"),
    /** A data protection officer without contact details. */
    DPO_CONTACT("dpo.contact", "GDPR 37(7), 13(1)(b), 14(1)(b), 30(1)(a)", "- E E E"),
    /** No purpose of processing at all. */
    PURPOSE_MISSING("purpose.missing", "HetiL 10 § 2 k.; GDPR 13(1)(c), 14(1)(c), 30(1)(b)", "E E E E"),
    /** A purpose without an Art. 6(1) legal basis. */
    PURPOSE_LEGAL_BASIS("purpose.legal-basis", "GDPR 6(1), 13(1)(c), 14(1)(c)", "- E E W"),
    /** Legitimate interests as the basis, without the interests described. */
    PURPOSE_LEGITIMATE_INTERESTS("purpose.legitimate-interests", "GDPR 6(1)(f), 13(1)(d), 14(2)(b)", "- E E -"),
    /** Legitimate interests as the basis of a public authority's or body's processing. */
    PURPOSE_PUBLIC_AUTHORITY_INTERESTS("purpose.public-authority-interests",
            "GDPR 6(1) second subparagraph, 6(1)(e), 6(3)", "W E E E"),
    /** Legal obligation or public task as the basis, without the law that lays it down. */
    PURPOSE_LAW("purpose.law", "GDPR 6(1)(c), 6(1)(e), 6(3)", "- W W W"),
    /** Consent as the basis, without saying how it is withdrawn. */
    PURPOSE_CONSENT_WITHDRAWAL("purpose.consent-withdrawal", "GDPR 7(3), 13(2)(c), 14(2)(d)", "- W W -"),
    /** A purpose whose statement offers alternative legal bases ("contract or legitimate interest"). */
    PURPOSE_ALTERNATIVE_BASES("purpose.alternative-bases", "GDPR 5(1)(a), 6(1), 13(1)(c); EDPB Guidelines 2/2019",
            "- W W W"),
    /** A direct-marketing purpose without saying how the subject objects to it. */
    PURPOSE_DIRECT_MARKETING_OBJECTION("purpose.direct-marketing-objection",
            "GDPR 21(2)–(4), 13(2)(b), 14(2)(c); HetiL 30 §", "I W W -"),
    /** The personal identity code is processed without a Tietosuojalaki §29 ground. */
    IDENTITY_CODE_GROUND("identity-code.ground", "TSL 1050/2018 29 §", "I W W W"),
    /** Special categories of data are processed without an Art. 9(2) condition. */
    SPECIAL_CATEGORY_CONDITION("special-category.condition", "GDPR 9(2), 13(1)(c), 14(1)(c); HetiL 11–12 §",
            "E E E W"),
    /** Criminal-offence data is processed without a law authorising it. */
    CRIMINAL_DATA_AUTHORISATION("criminal-data.authorisation", "GDPR 10; TSL 1050/2018 7 §; HetiL 11–12 §",
            "E E E W"),
    /** No groups of data subjects are described. */
    SUBJECT_CATEGORY_MISSING("subject-category.missing", "HetiL 10 § 3 k.; GDPR 30(1)(c)", "E - - E"),
    /** Consent is the basis of a purpose concerning children, and the guardian's consent is not addressed. */
    SUBJECT_CHILDREN_CONSENT("subject.children-consent", "GDPR 8(1)–(2); TSL 1050/2018 5 §", "- W W W"),
    /** A subject group includes children, to whom the notice must speak in words a child understands. */
    SUBJECT_CHILDREN_LANGUAGE("subject.children-language", "GDPR 12(1), recital 58", "- I I -"),
    /** No data categories are described. */
    DATA_CATEGORY_MISSING("data-category.missing", "HetiL 10 § 3 k.; GDPR 14(1)(d), 30(1)(c)", "E - E E"),
    /** A data category has no storage period or criteria, neither of its own nor through an ancestor. */
    DATA_CATEGORY_RETENTION("data-category.retention", "GDPR 13(2)(a), 14(2)(a), 30(1)(f)", "- E E W"),
    /** A category the subject must provide, without what follows from not providing it. */
    DATA_CATEGORY_PROVISION_CONSEQUENCE("data-category.provision-consequence", "GDPR 13(2)(e)", "- W - -"),
    /** A list of data, purposes or recipients that says it is not exhaustive ("mm.", "e.g."). */
    LIST_OPEN_ENDED("list.open-ended", "GDPR 5(1)(a), 12(1), 13(1)(c)–(e), 14(1)(c)–(e), 30(1)(b)–(d); HetiL 10 §",
            "I W W W"),
    /** No regular sources are given. */
    SOURCE_MISSING("source.missing", "GDPR 14(2)(f); HetiL 10 § (customary layout)", "I - E -"),
    /** An Art. 14 notice for a register that names no source other than the data subject. */
    SOURCE_EXTERNAL("source.external", "GDPR 14(1), 14(2)(f)", "- - I -"),
    /** Nothing is said of recipients or disclosures, not even that there are none. */
    DISCLOSURE_MISSING("disclosure.missing", "HetiL 10 § 4 k.; GDPR 13(1)(e), 14(1)(e), 30(1)(d)", "E E E E"),
    /** Only a general statement on disclosures; no recipient or category of recipients is named. */
    DISCLOSURE_RECIPIENTS_UNNAMED("disclosure.recipients-unnamed",
            "HetiL 10 § 4 k.; GDPR 4(9), 13(1)(e), 14(1)(e), 30(1)(d)", "I W W W"),
    /** A disclosure that does not say in which role the recipient receives the data. */
    DISCLOSURE_ROLE_UNSTATED("disclosure.role-unstated", "GDPR 4(7)–(10), 13(1)(e), 28, 30(1)(d)", "- I I I"),
    /** The register does not say whether data leaves the EU/EEA. */
    TRANSFER_STATEMENT("transfer.statement", "HetiL 10 § 4 k.; GDPR 13(1)(f), 14(1)(f), 30(1)(e)", "W W W W"),
    /** A third-country transfer without a ground. */
    TRANSFER_SAFEGUARD("transfer.safeguard", "GDPR 44–49, 13(1)(f), 14(1)(f), 30(1)(e)", "W E E E"),
    /** A disclosure to a recipient outside the EU/EEA that the register's transfers do not list. */
    TRANSFER_UNDECLARED("transfer.undeclared", "HetiL 10 § 4 k.; GDPR 13(1)(f), 14(1)(f), 30(1)(e)", "E E E E"),
    /** A transfer said to rest on an adequacy decision that does not exist. */
    TRANSFER_ADEQUACY("transfer.adequacy", "GDPR 45(3), 45(8)", "W E E E"),
    /** A transfer on an adequacy decision that covers only some organisations in the country. */
    TRANSFER_ADEQUACY_SCOPE("transfer.adequacy-scope", "GDPR 45(3)", "I I I I"),
    /** A transfer on Art. 46/47 safeguards or compelling legitimate interests without saying how to get a copy. */
    TRANSFER_SAFEGUARD_COPY("transfer.safeguard-copy", "GDPR 13(1)(f), 14(1)(f)", "- E E -"),
    /** A transfer on compelling legitimate interests, which carries duties of its own. */
    TRANSFER_COMPELLING_INTERESTS("transfer.compelling-interests", "GDPR 49(1) second subparagraph, 49(6), 30(1)(e)",
            "- I I I"),
    /** Transfers that may happen, without the countries or recipients named. */
    TRANSFER_UNSPECIFIED("transfer.unspecified", "GDPR 13(1)(f), 14(1)(f), 30(1)(e)", "W W W W"),
    /** Transfers that may happen, without the countries or recipients and without any safeguard named. */
    TRANSFER_UNSPECIFIED_SAFEGUARD("transfer.unspecified-safeguard", "GDPR 44–49, 13(1)(f), 14(1)(f), 30(1)(e)",
            "E E E E"),
    /** A transfer said to rest on Safe Harbor or Privacy Shield, which the Court of Justice invalidated. */
    TRANSFER_INVALIDATED("transfer.invalidated", "GDPR 44–46; CJEU C-362/14, C-311/18", "E E E E"),
    /** A cookie or similar technology, not strictly necessary, that does not rest on consent. */
    COOKIE_CONSENT("cookie.consent", "L 917/2014 205 §; Directive 2002/58/EC 5(3); GDPR 4(11), 7", "E E E E"),
    /** A third party's cookie whose provider is in a third country that the transfers do not list. */
    COOKIE_TRANSFER_UNDECLARED("cookie.transfer-undeclared", "GDPR 13(1)(f), 14(1)(f), 30(1)(e), 44", "E E E E"),
    /** A cookie without its lifetime. */
    COOKIE_LIFETIME("cookie.lifetime", "L 917/2014 205 §; GDPR 13(2)(a)", "I W W -"),
    /** A third party's cookie without its provider. */
    COOKIE_PROVIDER("cookie.provider", "L 917/2014 205 §; GDPR 13(1)(e)", "I W W -"),
    /** No security measures are described. */
    SECURITY_MISSING("security.missing", "HetiL 10 § 5 k.; GDPR 30(1)(g), 32(1)", "E - - W"),
    /** Either the manual or the electronic part of the classic security section is missing. */
    SECURITY_INCOMPLETE("security.incomplete", "HetiL 10 § 5 k. (customary layout)", "I - - -"),
    /** The register does not say whether automated decision-making or profiling takes place. */
    AUTOMATED_DECISION_STATEMENT("automated-decision.statement", "GDPR 22, 13(2)(f), 14(2)(g)", "- W W -"),
    /** The register does not say whether the subject must provide the data and what follows if not. */
    PROVISION_REQUIREMENT_MISSING("provision-requirement.missing", "GDPR 13(2)(e)", "- W - -"),
    /** A restriction of the data subject's rights that cites no law. */
    RIGHTS_RESTRICTION_LAW("rights.restriction-law", "GDPR 23(1), 23(2), 12(1)", "W E E -"),
    /**
     * The privacy notice's short first layer is published, and the register does not say where the full notice is,
     * so the first layer cannot point the reader to it. Checked only with the first layer
     * ({@link Compliance#checkFirstLayer}).
     */
    FIRST_LAYER_NOTICE_URL("first-layer.notice-url", "GDPR 12(1), 13(1)–(2); WP260 rev.01 para. 35–38", "- W W -"),
    /** A text refers to a repealed law, a dissolved authority or a withdrawn standard. */
    LEGACY_REFERENCE("legacy.reference",
            "TSL 1050/2018; L 917/2014; L 935/2018 (Traficom); L 304/2019 (DVV); C-362/14; C-311/18; DIN 66399",
            "W W W W"),
    /** A text of the register contains a personal identity code, which the documents would then publish. */
    IDENTITY_CODE_IN_TEXT("identity-code.in-text", "TSL 1050/2018 29 §; GDPR 5(1)(c)", "W W W W"),
    /** An acknowledgement whose finding no longer occurs, so that stale ones do not pile up. */
    ACKNOWLEDGEMENT_STALE("acknowledgement.stale", "GDPR 5(2) (accountability)", "W W W W"),
    /** An acknowledgement of a finding that is an ERROR in the document type: it does not settle it. */
    ACKNOWLEDGEMENT_ERROR("acknowledgement.error", "GDPR 5(2) (accountability)", "W W W W");

    private final String id;
    private final String legalReference;
    @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable EnumMap, filled once in the constructor
    private final Map<DocumentType, Severity> severities;

    Rule(String id, String legalReference, String severities) {
        this.id = id;
        this.legalReference = legalReference;
        this.severities = parse(severities);
    }

    // One letter per document type, in DocumentType order: E(rror), W(arning), I(nfo) or - (does not apply).
    private static Map<DocumentType, Severity> parse(String spec) {
        String[] letters = spec.split(" ", -1);
        DocumentType[] types = DocumentType.values();
        if (letters.length != types.length) {
            throw new IllegalStateException("severity spec '" + spec + "' needs one letter per document type");
        }
        Map<DocumentType, Severity> map = new EnumMap<>(DocumentType.class);
        for (int i = 0; i < types.length; i++) {
            switch (letters[i]) {
                case "E" -> map.put(types[i], Severity.ERROR);
                case "W" -> map.put(types[i], Severity.WARNING);
                case "I" -> map.put(types[i], Severity.INFO);
                case "-" -> { }
                default -> throw new IllegalStateException("bad severity letter '" + letters[i] + "' in " + spec);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Whether only the check of a notice with its first layer ({@link Compliance#checkFirstLayer}) applies the rule. */
    boolean firstLayerOnly() {
        return this == FIRST_LAYER_NOTICE_URL;
    }

    /** The stable id, such as {@code purpose.legal-basis}; also the key of the rule's message. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String message(Language language, Object... arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return Messages.format(id, Objects.requireNonNull(language, "language"), arguments);
    }

    /** The provisions the rule comes from, as Finnish and EU law is cited ({@code GDPR 13(1)(c)}, {@code HetiL 10 § 2 k.}). */
    public String legalReference() {
        return legalReference;
    }

    /** How much a finding of this rule matters in a document of the given type; empty when the rule does not apply. */
    public Optional<Severity> severity(DocumentType documentType) {
        Objects.requireNonNull(documentType, "documentType");
        return Optional.ofNullable(severities.get(documentType));
    }

    /** Whether the rule applies to documents of the given type. */
    public boolean appliesTo(DocumentType documentType) {
        Objects.requireNonNull(documentType, "documentType");
        return severities.containsKey(documentType);
    }

    /** The document types the rule applies to. */
    public Set<DocumentType> documentTypes() {
        return severities.keySet();
    }

    /** The rules that apply to documents of the given type, in declaration order. */
    public static List<Rule> applicableTo(DocumentType documentType) {
        Objects.requireNonNull(documentType, "documentType");
        return Arrays.stream(values()).filter(rule -> rule.appliesTo(documentType)).toList();
    }

    /**
     * The rule of a stable id.
     *
     * @throws IllegalArgumentException naming the id when no rule has it
     */
    public static Rule ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown compliance rule id '" + id + "'");
    }
}
