package fi.rekisteri.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A register's keys against a taxonomy: taxonomy keys and own keys under them pass, other words are reported. */
class TaxonomyUnknownKeysTest {

    /** A register of one subject category, one purpose and a data category with each parent it needs declared. */
    private static Register register(String subject, String category, String purpose) {
        Register.Builder builder = Register.builder("customers", LocalizedText.fi("Asiakkaat"),
                        Organisation.of("Esimerkki Oy", ContactDetails.none().withEmail("info@example.fi")))
                .subjectCategory(DataSubjectCategory.of(subject, LocalizedText.fi("Ryhmä")));
        for (int dot = category.indexOf('.'); dot > 0; dot = category.indexOf('.', dot + 1)) {
            builder.dataCategory(DataCategory.of(category.substring(0, dot), LocalizedText.fi("Yläluokka")));
        }
        return builder.dataCategory(DataCategory.of(category, LocalizedText.fi("Tiedot")))
                .purpose(Purpose.builder(purpose, LocalizedText.fi("Tarkoitus")).legalBasis(LegalBasis.contract())
                        .categories(category).build())
                .build();
    }

    private static List<String> reported(Taxonomy taxonomy, Register register) {
        return taxonomy.unknownKeys(register).stream()
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.path() + " " + f.arguments().get(0).text(Language.EN))
                .toList();
    }

    @Test
    void taxonomyKeysAndOwnKeysUnderThemAreKnown() {
        assertEquals(List.of(), reported(Taxonomy.defaults(), register("customer", "contact.email",
                "customer-management")));
        // Own keys extend the taxonomy under an existing parent, however deep.
        assertEquals(List.of(), reported(Taxonomy.defaults(), register("customer.loyal", "contact.loyalty-card.number",
                "marketing.newsletter")));
    }

    @Test
    void aKeyNeitherInTheTaxonomyNorUnderOneIsAWarningAtItsKey() {
        assertEquals(List.of(
                        "WARNING taxonomy.unknown-key subjectCategories[0].key fans",
                        "WARNING taxonomy.unknown-key dataCategories[0].key loyalty-card",
                        "WARNING taxonomy.unknown-key purposes[0].key raffle"),
                reported(Taxonomy.defaults(), register("fans", "loyalty-card", "raffle")));
    }

    @Test
    void aKeyOfAnotherKindDoesNotCount() {
        // 'marketing' is a purpose of the taxonomy, not a data category, and nothing under it is one either.
        List<Finding> findings = Taxonomy.defaults().unknownKeys(register("customer", "marketing.lists",
                "customer-management"));
        assertEquals(List.of("dataCategories[0].key", "dataCategories[1].key"),
                findings.stream().map(Finding::path).toList());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("The key marketing is neither in the taxonomy nor under one of its keys: pick a taxonomy"
                + " key, put your own key under one (such as contact.own), or add it to the organisation’s taxonomy"
                + " file.", findings.get(0).message(Language.EN));
    }

    @Test
    void anOrganisationsTaxonomyFileMakesItsKeysKnown() throws IOException {
        Taxonomy organisation = Taxonomy.defaults().extend(new StringReader(
                "key\tkind\tsensitivities\tground\tdpv\tfideslang\tlabel.fi\tlabel.sv\tlabel.en\tdescription.fi"
                        + "\tdescription.sv\tdescription.en\n"
                        + "loyalty-card\tdata-category\t\t\t\t\tKanta-asiakaskortti\tStamkundskort\tLoyalty card"
                        + "\tKortin tiedot.\tKortets uppgifter.\tThe card's details.\n"), "org.tsv");
        assertEquals(List.of(), reported(organisation, register("customer", "loyalty-card.number",
                "customer-management")));
    }
}
