package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader reports every error of a file at once, and suggests the name or key a typo most likely meant. */
class RegisterReaderOnePassTest {

    private static final String HEAD = """
            formatVersion: 1
            key: r
            name: {fi: Rekisteri}
            controller: {name: Oy}
            """;

    private static List<String> errors(String yaml) {
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(yaml, "r.yaml", RegisterFormat.YAML));
        return e.errors().stream().map(FormatError::toString).toList();
    }

    @Test
    void reportsUnknownReferencesTogetherWithTheOtherErrors() {
        List<String> errors = errors(HEAD + """
                subjectCategories:
                  - {key: customers, name: {fi: Asiakkaat}}
                dataCategories:
                  - {key: ip-address, name: {fi: IP-osoite}}
                  - {key: email, name: {fi: Sähköposti}, sensitivities: [secret]}
                purposes:
                  - {key: broken, name: 12}
                  - key: billing
                    name: {fi: Laskutus}
                    categories: [ip, email, 7, phone-number]
                    subjects: [customer]
                purpse: []
                """);
        assertEquals(List.of(
                "r.yaml:16:9: purpse: unknown property 'purpse'; did you mean 'purposes'?; expected one of"
                        + " formatVersion, $schema, key, name, metadata, controller, jointControl, representative,"
                        + " dataProtectionOfficer, contactPoint, contactPoints, introductions, subjectCategories,"
                        + " dataCategories, purposes, sources, disclosures, transfers, retention, security,"
                        + " automatedDecisionMaking, provisionRequirement, rightsRestrictions, noDisclosures, cookies,"
                        + " noDataProtectionOfficer, acknowledgements",
                "r.yaml:9:58: dataCategories[1].sensitivities[0]: unknown value 'secret'; expected one of"
                        + " special-category, criminal-offence, personal-identity-code",
                "r.yaml:11:25: purposes[0].name: expected an object, found a number (12)",
                "r.yaml:14:29: purposes[1].categories[2]: expected a text, found a number (7): put it in quotes",
                // The category 'email' has an error, yet it is declared: a reference to it is not unknown. The
                // paths are the file's, although the purpose and the category before them could not be read.
                "r.yaml:14:18: purposes[1].categories[0]: unknown data category 'ip'; did you mean 'ip-address'?",
                "r.yaml:14:32: purposes[1].categories[3]: unknown data category 'phone-number'",
                "r.yaml:15:16: purposes[1].subjects[0]: unknown data subject category 'customer'; did you mean"
                        + " 'customers'?"), errors);
    }

    @Test
    void suggestsADeclaredKeyOnceTheFileHasNoOtherError() {
        List<String> errors = errors(HEAD + """
                dataCategories:
                  - {key: email, name: {fi: Sähköposti}}
                  - {key: phone, name: {fi: Puhelin}}
                purposes:
                  - {key: billing, name: {fi: Laskutus}, categories: [emial, phone, fax]}
                disclosures:
                  - {key: d, recipient: {fi: Posti}, categories: [email], purposes: [biling]}
                """);
        assertEquals(List.of(
                "r.yaml:9:55: purposes[0].categories[0]: unknown data category 'emial'; did you mean 'email'?",
                "r.yaml:9:69: purposes[0].categories[2]: unknown data category 'fax'",
                "r.yaml:11:70: disclosures[0].purposes[0]: unknown purpose 'biling'; did you mean 'billing'?"),
                errors);
    }

    @Test
    void suggestsNothingWhenNoDeclaredKeyOrNameIsClose() {
        List<String> errors = errors(HEAD + """
                colour: blue
                dataCategories:
                  - {key: contact, name: {fi: Yhteystiedot}}
                purposes:
                  - {key: billing, name: {fi: Laskutus}, categories: [invoices]}
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(List.of(false, false), errors.stream().map(e -> e.contains("did you mean")).toList(),
                errors.toString());
    }
}
