package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Each row of the Art. 30 record holds what concerns its purpose: the categories it uses (with what lies under them),
 * and the recipients, transfers and retention of those categories, not the register's whole lists.
 */
class Art30ScopeTest {

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }

    private static Purpose purpose(String key, String... categories) {
        return Purpose.builder(key, fi(key)).legalBasis(LegalBasis.contract()).categories(categories).build();
    }

    /** contact (email, phone) and health; purposes that use a child, a parent, another branch and nothing. */
    private static final Register REGISTER = Register.builder("scoped", fi("Rajattu"),
                    Organisation.of("Esimerkki Oy", ContactDetails.none().withEmail("a@example.fi")))
            .dataCategory(DataCategory.of("contact", fi("Yhteystiedot")))
            .dataCategory(DataCategory.of("contact.email", fi("Sähköposti")))
            .dataCategory(DataCategory.of("contact.phone", fi("Puhelin")))
            .dataCategory(DataCategory.of("health", fi("Terveys")))
            .purpose(purpose("newsletter", "contact.email"))
            .purpose(purpose("billing", "contact"))
            .purpose(purpose("care", "health"))
            .purpose(purpose("statistics"))
            .disclosure(Disclosure.of("mailer", fi("Postittaja"), "contact.email"))
            .disclosure(Disclosure.of("directory", fi("Hakemisto"), "contact"))
            .disclosure(Disclosure.of("tax", fi("Verohallinto"), "health").forPurposes("billing"))
            .disclosure(Disclosure.of("insurer", fi("Vakuuttaja"), "health"))
            .disclosure(Disclosure.of("auditor", fi("Tilintarkastaja")))
            .transfers(Transfers.of(
                    Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES).withRecipient(fi("Pilvi"))
                            .withCategories("contact.email"),
                    Transfer.to("JP", Safeguard.ADEQUACY_DECISION).withRecipient(fi("Laboratorio"))
                            .withCategories("health"),
                    Transfer.to("CH", Safeguard.ADEQUACY_DECISION).withRecipient(fi("Varmuuskopio"))))
            .retention(RetentionRule.of(Retention.criteria(fi("R-yhteys")), "contact"))
            .retention(RetentionRule.of(Retention.criteria(fi("R-sposti")), "contact.email"))
            .retention(RetentionRule.of(Retention.criteria(fi("R-terveys")), "health"))
            .build();

    private static Map<String, CSVRecord> rows() throws IOException {
        StringBuilder out = new StringBuilder();
        Documents.writeArt30Csv(REGISTER, Language.EN, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().stream()
                .collect(Collectors.toMap(r -> r.get("Purpose"), r -> r));
    }

    @Test
    void aPurposeUsesWhatItNamesAndEverythingUnderIt() throws IOException {
        Map<String, CSVRecord> rows = rows();
        assertEquals("Sähköposti", rows.get("newsletter").get("Data categories"));
        assertEquals("Yhteystiedot; Sähköposti; Puhelin", rows.get("billing").get("Data categories"));
        assertEquals("Terveys", rows.get("care").get("Data categories"));
        assertEquals("", rows.get("statistics").get("Data categories"), "a purpose that names none uses none");
    }

    @Test
    void recipientsAreThoseOfThePurposesCategoriesOrThoseThatNameThePurpose() throws IOException {
        Map<String, CSVRecord> rows = rows();
        assertEquals("Postittaja (third party); Hakemisto (third party); Tilintarkastaja (third party)", rows.get("newsletter").get("Recipients"),
                "the child's own recipient, the parent's (whose disclosure covers the child) and the unitemised one");
        assertEquals("Postittaja (third party); Hakemisto (third party); Verohallinto (third party); Tilintarkastaja (third party)", rows.get("billing").get("Recipients"),
                "a child's recipient, and one that names the purpose whatever its categories");
        assertEquals("Vakuuttaja (third party); Tilintarkastaja (third party)", rows.get("care").get("Recipients"),
                "not the tax disclosure of health data: it names billing alone");
        assertEquals("Tilintarkastaja (third party)", rows.get("statistics").get("Recipients"));
    }

    @Test
    void transfersAreThoseOfThePurposesCategories() throws IOException {
        Map<String, CSVRecord> rows = rows();
        assertEquals(List.of("United States, Pilvi", "Switzerland, Varmuuskopio"),
                countries(rows.get("newsletter")));
        assertEquals(List.of("United States, Pilvi", "Switzerland, Varmuuskopio"), countries(rows.get("billing")));
        assertEquals(List.of("Japan, Laboratorio", "Switzerland, Varmuuskopio"), countries(rows.get("care")));
        assertEquals(List.of("Switzerland, Varmuuskopio"), countries(rows.get("statistics")),
                "a transfer that itemises no categories concerns every purpose");
    }

    private static List<String> countries(CSVRecord row) {
        return List.of(row.get("Third-country transfers and safeguards").split("; ")).stream()
                .map(t -> t.substring(0, t.indexOf(" – ")))
                .toList();
    }

    @Test
    void retentionIsTheRuleThatGovernsEachCategoryOfThePurpose() throws IOException {
        Map<String, CSVRecord> rows = rows();
        assertEquals("Sähköposti: R-sposti", rows.get("newsletter").get("Retention"),
                "the child's own rule, not its parent's");
        assertEquals("Yhteystiedot: R-yhteys; Sähköposti: R-sposti", rows.get("billing").get("Retention"));
        assertEquals("Terveys: R-terveys", rows.get("care").get("Retention"));
        assertEquals("", rows.get("statistics").get("Retention"));
    }

    @Test
    void aChildWithoutARuleOfItsOwnIsGovernedByItsParents() throws IOException {
        Register register = REGISTER.toBuilder().purpose(purpose("calls", "contact.phone")).build();
        StringBuilder out = new StringBuilder();
        Documents.writeArt30Csv(register, Language.EN, out);
        CSVRecord calls = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(4);
        assertEquals("calls", calls.get("Purpose"));
        assertEquals("Yhteystiedot: R-yhteys", calls.get("Retention"));
    }

    @Test
    void noTransfersIsSaidOnEveryRow() throws IOException {
        Register register = REGISTER.toBuilder().transfers(Transfers.none()).build();
        StringBuilder out = new StringBuilder();
        Documents.writeArt30Csv(register, Language.EN, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        for (CSVRecord row : rows) {
            assertEquals("Data is not transferred outside the EU or EEA.",
                    row.get("Third-country transfers and safeguards"));
        }
    }
}
