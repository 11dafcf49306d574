package fi.rekisteri.export.internal.format;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The property names the register format allows in each kind of object, in the order the writer emits them. The
 * reader rejects any other name, so a typo never passes silently; the JSON Schema test checks the schema against
 * what the writer emits. The values of {@code type} are the codes of the variants' kinds ({@code Source.Kind} …).
 */
final class RegisterFormatNames {

    /** The format version this library reads and writes. */
    static final String FORMAT_VERSION = "1";

    static final Set<String> REGISTER = names("formatVersion", "$schema", "key", "name", "metadata", "controller",
            "jointControl", "representative", "dataProtectionOfficer", "contactPoint", "contactPoints", "introductions",
            "subjectCategories", "dataCategories", "purposes", "sources", "disclosures", "transfers", "retention",
            "security", "automatedDecisionMaking", "provisionRequirement", "rightsRestrictions", "noDisclosures",
            "cookies", "noDataProtectionOfficer", "acknowledgements");
    static final Set<String> ACKNOWLEDGEMENT = names("rule", "path", "reason", "by", "date");
    static final Set<String> ORGANISATION = names("name", "kind", "unitOf", "businessId", "address",
            "visitingAddress", "phone", "email", "website");
    static final Set<String> CONTACT_POINT = names("name", "role", "address", "visitingAddress", "phone", "email",
            "website");
    static final Set<String> ADDRESS = names("street", "poBox", "postalCode", "city", "country");
    static final Set<String> JOINT_CONTROL = names("controllers", "essence", "contactPoint");
    static final Set<String> RIGHTS_RESTRICTION = names("right", "description", "law");
    static final Set<String> SUBJECT_CATEGORY = names("key", "taxonomy", "name", "description", "includesChildren",
            "guardianConsent");
    static final Set<String> DATA_CATEGORY = names("key", "taxonomy", "name", "description", "sensitivities", "subjects",
            "provision");
    static final Set<String> PROVISION = names("required", "consequence");
    static final Set<String> PURPOSE = names("key", "taxonomy", "name", "description", "legalBasis", "categories", "subjects",
            "directMarketing", "objection", "specialCategoryCondition", "identityCodeGround",
            "criminalDataAuthorisation", "alternativeLegalBases");
    static final Set<String> LEGAL_BASIS = names("type", "withdrawal", "law", "interests");
    static final Set<String> OWN_SOURCE = names("type", "description", "categories");
    static final Set<String> EXTERNAL_SOURCE = names("type", "name", "businessId", "supplies", "reason",
            "categories", "publiclyAccessible");
    static final Set<String> DISCLOSURE = names("key", "recipient", "role", "categories", "purposes", "basis",
            "country");
    static final Set<String> NO_DISCLOSURES = names("statement");
    static final Set<String> COOKIE = names("key", "name", "description", "strictlyNecessary", "lifetime",
            "thirdParty", "provider", "providerCountry", "purposes");
    static final Set<String> NO_TRANSFERS = names("type", "statement");
    static final Set<String> POSSIBLE_TRANSFERS = names("type", "statement", "safeguards");
    static final Set<String> THIRD_COUNTRY_TRANSFERS = names("type", "transfers");
    static final Set<String> TRANSFER = names("country", "recipient", "categories", "safeguard", "safeguardCopy",
            "dataPrivacyFramework");
    static final Set<String> RETENTION_RULE = names("categories", "period", "event", "until", "description",
            "eventKey", "criteria");
    static final Set<String> SECURITY = names("general", "electronic", "manual");
    static final Set<String> AUTOMATED_NONE = names("type");
    static final Set<String> AUTOMATED_USED = names("type", "description");
    static final Set<String> METADATA = names("version", "date", "lastChanged", "inForceFrom", "framework",
            "changeNotice", "noticeUrl", "firstLayerUrl");

    private RegisterFormatNames() {}

    private static Set<String> names(String... names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
