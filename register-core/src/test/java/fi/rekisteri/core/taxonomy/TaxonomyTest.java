package fi.rekisteri.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private static final String HEADER = "key\tkind\tsensitivities\tground\tdpv\tfideslang\tlabel.fi\tlabel.sv"
            + "\tlabel.en\tdescription.fi\tdescription.sv\tdescription.en\n";

    private final Taxonomy defaults = Taxonomy.defaults();

    /** The fideslang keys by our kind, read from the reference list copied into the tests. */
    private static Map<Kind, List<String>> fideslangKeys() throws IOException {
        Map<Kind, List<String>> keys = new HashMap<>();
        Kind kind = null;
        try (InputStream in = TaxonomyTest.class.getResourceAsStream("fideslang-keys.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                switch (line.strip()) {
                    case "## data_categories" -> kind = Kind.DATA_CATEGORY;
                    case "## data_uses" -> kind = Kind.PURPOSE;
                    case "## data_subjects" -> kind = Kind.SUBJECT_CATEGORY;
                    default -> {
                        // The list repeats each subject's organisation key, default_organization, after it: that
                        // is the owning organisation in fideslang's files, not a subject category.
                        if (!line.isBlank() && !line.startsWith("#") && !line.strip().equals("default_organization")) {
                            keys.computeIfAbsent(kind, k -> new ArrayList<>()).add(line.strip().split("\\s+")[0]);
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void mapsEveryKeyOfTheFideslangDefaultTaxonomy() throws IOException {
        Map<Kind, List<String>> keys = fideslangKeys();
        assertEquals(3, keys.size());
        List<String> unmapped = new ArrayList<>();
        int count = 0;
        for (Map.Entry<Kind, List<String>> kind : keys.entrySet()) {
            for (String key : kind.getValue()) {
                count++;
                if (defaults.forFideslang(kind.getKey(), key).isEmpty()) {
                    unmapped.add(kind.getKey().code() + " " + key);
                }
            }
        }
        assertTrue(count > 150, "read " + count + " fideslang keys");
        assertEquals(List.of(), unmapped);
    }

    @Test
    void mapsNoKeyThatFideslangLacks() throws IOException {
        Map<Kind, List<String>> keys = fideslangKeys();
        for (TaxonomyEntry entry : defaults.entries()) {
            for (String key : entry.fideslangKeys()) {
                assertTrue(keys.get(entry.kind()).contains(key), entry.key() + " maps unknown fideslang key " + key);
            }
        }
    }

    @Test
    void everyEntryHasLabelAndDescriptionInFinnishSwedishAndEnglishAndADpvTerm() {
        assertTrue(defaults.size() > 60);
        for (TaxonomyEntry entry : defaults.entries()) {
            for (Language language : Language.values()) {
                assertTrue(entry.label().in(language).isPresent(), entry.key() + " label " + language);
                assertTrue(entry.description().in(language).isPresent(), entry.key() + " description " + language);
            }
            assertTrue(entry.dpvTerm().isPresent(), entry.key());
        }
    }

    @Test
    void holdsTheFinnishSpecificsFidesLacks() {
        TaxonomyEntry hetu = defaults.entry("official-id.personal-identity-code").orElseThrow();
        assertTrue(hetu.is(Sensitivity.PERSONAL_IDENTITY_CODE));
        assertEquals("Henkilötunnus", hetu.label().text(Language.FI));
        assertEquals("Y-tunnus", defaults.entry("official-id.business-id").orElseThrow().label().text(Language.FI));
        assertTrue(defaults.entry("health.kela").orElseThrow().is(Sensitivity.SPECIAL_CATEGORY));
        assertTrue(defaults.entry("trade-union-membership").orElseThrow().is(Sensitivity.SPECIAL_CATEGORY));
        assertTrue(defaults.entry("criminal").orElseThrow().is(Sensitivity.CRIMINAL_OFFENCE));
        for (IdentityCodeGround ground : IdentityCodeGround.values()) {
            assertTrue(defaults.entries(Kind.PURPOSE).stream()
                    .anyMatch(entry -> entry.identityCodeGround().equals(Optional.of(ground))), ground.code());
        }
    }

    @Test
    void answersAncestryFromTheIndex() {
        assertTrue(defaults.isWithin("marketing.advertising.targeted", "marketing"));
        assertTrue(defaults.isWithin("marketing", "marketing"));
        assertFalse(defaults.isWithin("marketing", "marketing.advertising"));
        assertFalse(defaults.isWithin("no.such.key", "no"));
        assertEquals(List.of("marketing.advertising", "marketing"),
                defaults.ancestors("marketing.advertising.targeted").stream().map(TaxonomyEntry::key).toList());
        assertEquals("contact", defaults.parent("contact.email").orElseThrow().key());
        assertTrue(defaults.parent("contact").isEmpty());
        assertTrue(defaults.children("contact").stream().anyMatch(entry -> entry.key().equals("contact.email")));
        assertEquals(Kind.SUBJECT_CATEGORY, defaults.entry("customer").orElseThrow().kind());
        assertTrue(defaults.entry(Kind.PURPOSE, "customer").isEmpty());
    }

    @Test
    void coversItsKeysAndKeysUnderThemOfTheSameKindOnly() {
        assertTrue(defaults.covers(Kind.DATA_CATEGORY, "contact.email"));
        assertTrue(defaults.covers(Kind.DATA_CATEGORY, "contact.loyalty-card"));
        assertTrue(defaults.covers(Kind.DATA_CATEGORY, "contact.loyalty-card.number"));
        assertFalse(defaults.covers(Kind.DATA_CATEGORY, "loyalty-card"));
        assertFalse(defaults.covers(Kind.DATA_CATEGORY, "loyalty-card.contact"));
        assertFalse(defaults.covers(Kind.PURPOSE, "contact.email"));
        assertTrue(defaults.covers(Kind.SUBJECT_CATEGORY, "customer"));
    }

    @Test
    void extendsWithAnOrganisationFile() throws IOException {
        String file = HEADER + "# our own words\n"
                + "contact.email.work\tdata-category\t\t\tpd:EmailAddressWork\t\tTyösähköposti\tArbetsmejl\tWork e-mail"
                + "\tTyöpaikan osoite.\tArbetsplatsens adress.\tThe workplace address.\n"
                + "loyalty\tpurpose\t\t\t\t\tKanta-asiakkuus\tStamkund\tLoyalty scheme"
                + "\tEdut.\tFörmåner.\tBenefits.\n";
        Taxonomy extended = defaults.extend(new StringReader(file), "org.tsv");
        assertEquals(defaults.size() + 2, extended.size());
        assertTrue(extended.isWithin("contact.email.work", "contact"));
        assertEquals("Arbetsmejl", extended.entry("contact.email.work").orElseThrow().label().text(Language.SV));
        assertTrue(defaults.entry("loyalty").isEmpty(), "the default stays as it was");
    }

    @Test
    void reportsTheLineAndColumnOfAFaultInATaxonomyFile() {
        String row = "x\tdata-category\tsecret\t\t\t\ta\tb\tc\td\te\tf\n";
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class,
                () -> defaults.extend(new StringReader(HEADER + "\n" + row), "org.tsv"));
        assertEquals(3, e.line());
        assertEquals(17, e.column());
        assertTrue(e.getMessage().startsWith("org.tsv:3:17: unknown sensitivity 'secret'"), e.getMessage());
    }

    @Test
    void reportsAMissingParentAKnownKeyAMissingTranslationAndAShortLine() {
        assertFault(HEADER + "nope.child\tpurpose\t\t\t\t\ta\tb\tc\td\te\tf\n", 2, 1, "has no parent");
        assertFault(HEADER + "contact\tdata-category\t\t\t\t\ta\tb\tc\td\te\tf\n", 2, 1, "already defined");
        assertFault(HEADER + "contact.fax\tdata-category\t\t\t\t\ta\t\tc\td\te\tf\n", 2, 33, "has no sv label");
        assertFault(HEADER + "contact.fax\tdata-category\n", 2, 26, "expected 12");
        assertFault(HEADER + "contact.fax\tpurpose\t\t\t\t\ta\tb\tc\td\te\tf\n", 2, 13, "its parent 'contact' is a");
        assertFault(HEADER + "contact.fax\tdata-category\t\t\tEmail\t\ta\tb\tc\td\te\tf\n", 2, 29, "not a CURIE");
        assertFault("key\tkind\n", 1, 9, "the header's column 3 should be 'sensitivities'");
        assertFault("# only a comment\n", 1, 1, "no header line");
    }

    private void assertFault(String text, int line, int column, String reason) {
        TaxonomyFormatException e = assertThrows(TaxonomyFormatException.class,
                () -> defaults.extend(new StringReader(text), "org.tsv"));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.reason().contains(reason), e.getMessage());
    }

    @Test
    void refusesEntriesThatBreakTheHierarchy() {
        TaxonomyEntry orphan = TaxonomyEntry.of("orphan.child", Kind.PURPOSE,
                fi.rekisteri.core.LocalizedText.of("a", "b", "c"), fi.rekisteri.core.LocalizedText.of("a", "b", "c"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.extend(List.of(orphan)));
        assertTrue(e.getMessage().contains("'orphan.child' has no parent"), e.getMessage());
    }

    @Test
    void makesRegisterPartsWithTheTaxonomysLabelsWhichARegisterMayOverride() {
        fi.rekisteri.core.DataCategory hetu = defaults.dataCategory("official-id.personal-identity-code");
        assertEquals("Personbeteckning", hetu.name().text(Language.SV));
        assertTrue(hetu.is(Sensitivity.PERSONAL_IDENTITY_CODE));
        fi.rekisteri.core.DataCategory email = new fi.rekisteri.core.DataCategory("contact.email",
                defaults.dataCategory("contact.email").name().with(Language.EN, "Email"), Optional.empty(),
                java.util.Set.of(), List.of());
        assertEquals("Email", email.name().text(Language.EN));
        assertEquals("Sähköpostiosoite", email.name().text(Language.FI));
        assertEquals("Patienter", defaults.subjectCategory("patient").name().text(Language.SV));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.dataCategory("marketing"));
        assertEquals("'marketing' is not a data-category of the taxonomy; it is a purpose", e.getMessage());
    }
}
