package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Country codes and retention periods the model refuses are reported at their line by the reader. */
class ReaderValueBoundsTest {

    private static final String HEAD = """
            formatVersion: 1
            key: r
            name: {fi: R}
            controller:
              name: Oy
              address: {street: Katu 1, postalCode: "00100", city: Helsinki, country: EL}
            dataCategories:
              - {key: contact, name: {fi: Yhteystiedot}}
            transfers:
              type: third-countries
              transfers:
                - {country: UK, safeguard: adequacy-decision, categories: [contact]}
                - {country: XX, safeguard: adequacy-decision, categories: [contact]}
                - {country: GR, safeguard: adequacy-decision, categories: [contact]}
            retention:
              - {period: P2000000000Y, event: {fi: E}, categories: [contact]}
              - {period: P101Y, event: {fi: E}, categories: [contact]}
              - {period: P100Y, event: {fi: E}, categories: [contact]}
            disclosures:
              - key: tax
                recipient: {fi: Vero}
                categories: [contact]
                country: XX
              - {key: eu, recipient: {fi: EU}, country: EL}
            """;

    @Test
    void reportsEachBadCountryAndTooLongPeriodAtItsLine() {
        List<FormatError> errors = assertThrows(RegisterFormatException.class,
                () -> RegisterReader.create().read(HEAD, "r.yaml", RegisterFormat.YAML)).errors();
        assertEquals(List.of(
                "r.yaml:6:75: controller.address.country: country 'EL' is not an ISO 3166-1 alpha-2 code: Greece is GR (EL is the"
                        + " EU's own abbreviation)",
                // At the disclosure's country, not at the disclosure (its first line).
                "r.yaml:23:14: disclosures[0].country: country 'XX' is not an ISO 3166-1 alpha-2 code such as FI or"
                        + " US",
                "r.yaml:24:45: disclosures[1].country: country 'EL' is not an ISO 3166-1 alpha-2 code: Greece is GR"
                        + " (EL is the EU's own abbreviation)",
                "r.yaml:12:17: transfers.transfers[0].country: country 'UK' is not an ISO 3166-1 alpha-2 code: the"
                        + " United Kingdom is GB (UK is only reserved)",
                "r.yaml:13:17: transfers.transfers[1].country: country 'XX' is not an ISO 3166-1 alpha-2 code such"
                        + " as FI or US",
                "r.yaml:16:14: retention[0].period: retention period P2000000000Y is longer than 100 years, the"
                        + " longest a retention period may be",
                "r.yaml:17:14: retention[1].period: retention period P101Y is longer than 100 years, the longest a"
                        + " retention period may be"),
                errors.stream().map(FormatError::toString).toList());
    }
}
