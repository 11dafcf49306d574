package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A malformed key inside a list of key references is reported at that list item's line, column and path, not at the
 * part holding the list (nor thrown as an exception, as a source's list was): one test per list of keys the format
 * has.
 */
class KeyListItemErrorsTest {

    private static final String HEAD = """
            formatVersion: 1
            key: r
            name: {fi: Rekisteri}
            controller: {name: Oy}
            subjectCategories:
              - {key: customers, name: {fi: Asiakkaat}}
            dataCategories:
              - {key: contact, name: {fi: Yhteystiedot}}
            """;
    private static final String PURPOSE = """
            purposes:
              - {key: billing, name: {fi: Laskutus}, legalBasis: contract, categories: [contact]}
            """;
    /** Every test's bad key, alone on its own line, always at column 7 (after "    - " or "      ")). */
    private static final String BAD = "Bad Key";

    private static List<FormatError> errors(String yaml) {
        return assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(yaml, "r.yaml", RegisterFormat.YAML)).errors();
    }

    private static FormatError onlyError(String yaml) {
        List<FormatError> errors = errors(yaml);
        assertEquals(1, errors.size(), errors.toString());
        FormatError error = errors.get(0);
        assertTrue(error.message().contains("'" + BAD + "' is not a key"), error.message());
        return error;
    }

    private static void assertAt(String yaml, String path) {
        FormatError error = onlyError(yaml);
        int line = yaml.lines().toList().indexOf(yaml.lines().filter(l -> l.endsWith("- " + BAD)).findFirst()
                .orElseThrow()) + 1;
        int column = yaml.lines().toList().get(line - 1).indexOf(BAD) + 1;
        assertEquals(path + "@" + line + ":" + column, error.path() + "@" + error.line() + ":" + error.column(),
                error.toString());
    }

    @Test
    void aPurposesCategories() {
        assertAt(HEAD + """
                purposes:
                  - key: billing
                    name: {fi: Laskutus}
                    legalBasis: contract
                    categories:
                      - contact
                      - Bad Key
                """, "purposes[0].categories[1]");
    }

    @Test
    void aPurposesSubjects() {
        assertAt(HEAD + """
                purposes:
                  - key: billing
                    name: {fi: Laskutus}
                    legalBasis: contract
                    categories: [contact]
                    subjects:
                      - Bad Key
                """, "purposes[0].subjects[0]");
    }

    @Test
    void aDataCategorysSubjects() {
        assertAt("""
                formatVersion: 1
                key: r
                name: {fi: Rekisteri}
                controller: {name: Oy}
                dataCategories:
                  - key: contact
                    name: {fi: Yhteystiedot}
                    subjects:
                      - Bad Key
                """ + PURPOSE, "dataCategories[0].subjects[0]");
    }

    @Test
    void anOwnSourcesCategories() {
        assertAt(HEAD + PURPOSE + """
                sources:
                  - type: data-subject
                    description: {fi: Asiakas}
                    categories:
                      - Bad Key
                """, "sources[0].categories[0]");
    }

    @Test
    void anExternalSourcesCategories() {
        assertAt(HEAD + PURPOSE + """
                sources:
                  - type: external
                    name: {fi: Väestötietojärjestelmä}
                    categories:
                      - contact
                      - Bad Key
                """, "sources[0].categories[1]");
    }

    @Test
    void aDisclosuresCategories() {
        assertAt(HEAD + PURPOSE + """
                disclosures:
                  - key: carrier
                    recipient: {fi: Kuljetusliike}
                    categories:
                      - Bad Key
                """, "disclosures[0].categories[0]");
    }

    @Test
    void aDisclosuresPurposes() {
        assertAt(HEAD + PURPOSE + """
                disclosures:
                  - key: carrier
                    recipient: {fi: Kuljetusliike}
                    categories: [contact]
                    purposes:
                      - Bad Key
                """, "disclosures[0].purposes[0]");
    }

    @Test
    void aTransfersCategories() {
        assertAt(HEAD + PURPOSE + """
                transfers:
                  type: third-countries
                  transfers:
                    - {country: US, recipient: {fi: Palvelu}, safeguard: standard-contractual-clauses}
                    - country: US
                      recipient: {fi: Palvelu}
                      safeguard: standard-contractual-clauses
                      categories:
                        - Bad Key
                """, "transfers.transfers[1].categories[0]");
    }

    @Test
    void theOnlyTransferWithABadKeyIsReportedOnceNotAlsoAsNoTransfersListed() {
        assertAt(HEAD + PURPOSE + """
                transfers:
                  type: third-countries
                  transfers:
                    - country: US
                      safeguard: standard-contractual-clauses
                      categories:
                        - Bad Key
                """, "transfers.transfers[0].categories[0]");
    }

    @Test
    void theOnlyTransferWithABadCountryIsReportedOnce() {
        List<FormatError> errors = errors(HEAD + PURPOSE + """
                transfers:
                  type: third-countries
                  transfers:
                    - {country: XX, safeguard: standard-contractual-clauses}
                """);
        assertEquals(List.of("transfers.transfers[0].country"), errors.stream().map(FormatError::path).toList(),
                errors.toString());
    }

    @Test
    void aRetentionRuleWhoseOnlyCategoryIsNoTextHasThatErrorAlone() {
        List<FormatError> errors = errors(HEAD + PURPOSE + """
                retention:
                  - period: P2Y
                    event: {fi: viimeisestä tilauksesta}
                    categories:
                      - {not: a key}
                """);
        assertEquals(List.of("retention[0].categories[0]"), errors.stream().map(FormatError::path).toList(),
                errors.toString());
    }

    @Test
    void aRetentionRulesCategories() {
        assertAt(HEAD + PURPOSE + """
                retention:
                  - period: P2Y
                    event: {fi: viimeisestä tilauksesta}
                    categories:
                      - contact
                      - Bad Key
                """, "retention[0].categories[1]");
    }

    @Test
    void aCookiesPurposes() {
        assertAt(HEAD + PURPOSE + """
                cookies:
                  - key: session
                    name: KP_SESSION
                    description: {fi: Istunto}
                    strictlyNecessary: true
                    lifetime: session
                    purposes:
                      - Bad Key
                """, "cookies[0].purposes[0]");
    }

    @Test
    void theModelsIndexIsTheFilesWhenAnEarlierItemCouldNotBeRead() {
        // The second item is not a text, so the model's list has one item less than the file's.
        assertEquals("purposes[0].categories[2]", onlyErrorPathIgnoringOthers(HEAD + """
                purposes:
                  - key: billing
                    name: {fi: Laskutus}
                    legalBasis: contract
                    categories:
                      - contact
                      - {not: a key}
                      - Bad Key
                """));
    }

    private static String onlyErrorPathIgnoringOthers(String yaml) {
        List<FormatError> errors = errors(yaml);
        return errors.stream().filter(error -> error.message().contains("'" + BAD + "' is not a key"))
                .map(FormatError::path).findFirst().orElseThrow(() -> new AssertionError(errors.toString()));
    }
}
