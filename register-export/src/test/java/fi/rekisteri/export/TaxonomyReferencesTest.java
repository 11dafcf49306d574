package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A register that refers to taxonomy keys instead of writing labels: reading, overriding, extending, writing. */
class TaxonomyReferencesTest {

    private static final String HEAD = """
            formatVersion: 1
            key: asiakkaat
            name: {fi: Asiakkaat}
            controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.fi}
            """;

    /** A register whose subjects, categories and purposes refer to the default taxonomy, one of each own. */
    static final String REFERRING = HEAD + """
            subjectCategories:
              - taxonomy: customer
            dataCategories:
              - taxonomy: contact
              - taxonomy: contact.email
              - taxonomy: official-id
              - taxonomy: official-id.personal-identity-code
                name: {sv: Personnummer}
              - taxonomy: health
                sensitivities: []
              - key: contact.loyalty-card
                name: {fi: Kanta-asiakaskortti}
            purposes:
              - taxonomy: customer-management
                legalBasis: contract
                categories: [contact.email, official-id.personal-identity-code, contact.loyalty-card]
                identityCodeGround: unambiguous-identification
            """;

    static Register referring() {
        return read(REFERRING);
    }

    private static Register read(String yaml) {
        return RegisterReader.create().read(yaml, "asiakkaat.yaml", RegisterFormat.YAML);
    }

    private static List<String> errors(RegisterReader reader, String yaml) {
        RegisterFormatException e = assertThrows(RegisterFormatException.class,
                () -> reader.read(yaml, "asiakkaat.yaml", RegisterFormat.YAML));
        return e.errors().stream().map(FormatError::toString).toList();
    }

    @Test
    void aReferenceTakesTheEntrysKeyLabelsDescriptionAndSensitivities() {
        Register register = referring();
        DataCategory email = register.dataCategories().get(1);
        assertEquals("contact.email", email.key());
        assertEquals(Taxonomy.defaults().entry("contact.email").orElseThrow().label(), email.name());
        assertEquals("E-postadress", email.name().text(Language.SV));
        assertEquals(Optional.of(Taxonomy.defaults().entry("contact.email").orElseThrow().description()),
                email.description());
        assertEquals(Set.of(Sensitivity.PERSONAL_IDENTITY_CODE), register.dataCategories().get(3).sensitivities());
        assertEquals("customer", register.subjectCategories().get(0).key());
        assertEquals("Asiakkaat", register.subjectCategories().get(0).name().text(Language.FI));
        assertEquals("customer-management", register.purposes().get(0).key());
    }

    @Test
    void aNameBesideTheReferenceOverridesTheLanguagesItGives() {
        LocalizedText name = referring().dataCategories().get(3).name();
        LocalizedText entry = Taxonomy.defaults().entry("official-id.personal-identity-code").orElseThrow().label();
        assertEquals("Personnummer", name.text(Language.SV));
        assertEquals(entry.text(Language.FI), name.text(Language.FI));
        assertEquals(entry.text(Language.EN), name.text(Language.EN));
    }

    @Test
    void anEmptySensitivitiesListDropsTheEntrysOwn() {
        assertEquals(Set.of(), referring().dataCategories().get(4).sensitivities());
        assertFalse(Taxonomy.defaults().entry("health").orElseThrow().sensitivities().isEmpty());
    }

    @Test
    void anOwnKeyExtendsTheTaxonomyUnderAnExistingParent() {
        DataCategory own = referring().dataCategories().get(5);
        assertEquals("contact.loyalty-card", own.key());
        assertEquals(List.of(), Taxonomy.defaults().unknownKeys(referring()));
    }

    @Test
    void aKeyNotInTheTaxonomyIsAnErrorAtItsLineWithTheNearestKey() {
        List<String> errors = errors(RegisterReader.create(), HEAD + """
                dataCategories:
                  - taxonomy: contact.emial
                """);
        assertEquals(List.of("asiakkaat.yaml:6:15: dataCategories[0].taxonomy: 'contact.emial' is not a"
                + " data-category of the taxonomy; did you mean 'contact.email'?; a word of the register's own takes"
                + " 'key' and 'name' instead"), errors);
    }

    @Test
    void aKeyOfAnotherKindIsNamedAsSuch() {
        List<String> errors = errors(RegisterReader.create(), HEAD + """
                dataCategories:
                  - taxonomy: marketing
                """);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).endsWith("'marketing' is not a data-category of the taxonomy; it is a purpose"),
                errors.get(0));
    }

    @Test
    void aPartGivesEitherAReferenceOrAKey() {
        List<String> errors = errors(RegisterReader.create(), HEAD + """
                dataCategories:
                  - taxonomy: contact.email
                    key: email
                """);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("give either 'taxonomy' or 'key', not both"), errors.get(0));
    }

    @Test
    void anOrganisationsTaxonomyFileExtendsTheDefaultForTheReader() throws IOException {
        Taxonomy organisation = Taxonomy.defaults().extend(new StringReader(
                "key\tkind\tsensitivities\tground\tdpv\tfideslang\tlabel.fi\tlabel.sv\tlabel.en\tdescription.fi"
                        + "\tdescription.sv\tdescription.en\n"
                        + "loyalty-card\tdata-category\t\t\t\t\tKanta-asiakaskortti\tStamkundskort\tLoyalty card"
                        + "\tKortin tiedot.\tKortets uppgifter.\tThe card's details.\n"), "org.tsv");
        String yaml = HEAD + """
                dataCategories:
                  - taxonomy: loyalty-card
                """;
        assertEquals(1, errors(RegisterReader.create(), yaml).size());
        Register register = RegisterReader.create().withTaxonomy(organisation)
                .read(yaml, "asiakkaat.yaml", RegisterFormat.YAML);
        assertEquals("Stamkundskort", register.dataCategories().get(0).name().text(Language.SV));
    }

    @Test
    void theWriterWithATaxonomyWritesReferencesThatReadBackEqual() {
        Register register = referring();
        String yaml = RegisterWriter.write(register, RegisterFormat.YAML, Taxonomy.defaults());
        assertTrue(yaml.contains("- taxonomy: contact.email\n"), yaml);
        assertTrue(yaml.contains("- key: contact.loyalty-card\n"), yaml);
        // Only the language that differs from the entry's is written, and the dropped sensitivities as [].
        assertTrue(yaml.contains("""
                  - taxonomy: official-id.personal-identity-code
                    name:
                      sv: Personnummer
                """), yaml);
        assertTrue(yaml.contains("""
                  - taxonomy: health
                    sensitivities: []
                """), yaml);
        assertEquals(register, read(yaml));
        assertEquals(register, RegisterReader.create().read(
                RegisterWriter.write(register, RegisterFormat.JSON, Taxonomy.defaults()), "r.json", RegisterFormat.JSON));
    }

    @Test
    void theWriterWithoutATaxonomyWritesEveryLabel() {
        String yaml = RegisterWriter.write(referring(), RegisterFormat.YAML);
        assertFalse(yaml.contains("taxonomy:"), yaml);
        assertTrue(yaml.contains("- key: contact.email\n"), yaml);
        assertEquals(referring(), read(yaml));
    }

    @Test
    void aPartTheReaderCouldNotRebuildFromTheEntryKeepsItsOwnTexts() {
        // A name in Finnish only would gain the entry's Swedish and English if written as a reference.
        Register register = read(HEAD + """
                dataCategories:
                  - taxonomy: contact
                  - key: contact.email
                    name: {fi: Sähköposti}
                """);
        String yaml = RegisterWriter.write(register, RegisterFormat.YAML, Taxonomy.defaults());
        assertTrue(yaml.contains("- key: contact.email\n"), yaml);
        assertEquals(register, read(yaml));
    }
}
