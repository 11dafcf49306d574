package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.BusinessId;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterTest {

    private static final Organisation CONTROLLER = Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"),
            ContactDetails.none().withEmail("tietosuoja@example.fi"));

    private static Register.Builder base() {
        return Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"), CONTROLLER)
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköpostiosoite")))
                .dataCategory(DataCategory.of("identity", LocalizedText.fi("Tunnistetiedot")))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus"))
                        .legalBasis(LegalBasis.contract()).categories("contact").subjects("customer").build());
    }

    @Test
    void buildsConsistentRegisterAndFindsPartsByKey() {
        Register register = base().build();
        assertEquals("billing", register.purpose("billing").orElseThrow().key());
        assertEquals("contact.email", register.dataCategory("contact.email").orElseThrow().key());
        assertTrue(register.purpose("marketing").isEmpty());
    }

    @Test
    void purposeCoversSubCategoriesButNotSiblings() {
        Register register = base().build();
        List<String> covered = register.categoriesCoveredBy(register.purpose("billing").orElseThrow()).stream()
                .map(DataCategory::key).toList();
        assertEquals(List.of("contact", "contact.email"), covered);
    }

    @Test
    void reportsUnknownCategoryWithItsPath() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> base()
                .purpose(Purpose.builder("marketing", LocalizedText.fi("Markkinointi"))
                        .categories("contact.email", "contact.fax").build())
                .build());
        assertEquals(List.of(new Problem("purposes[1].categories[1]", "unknown data category 'contact.fax'")),
                e.problems());
    }

    @Test
    void reportsEveryProblemOfOneBuildTogether() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> base()
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Toinen")))
                .dataCategory(DataCategory.of("health.allergies", LocalizedText.fi("Allergiat")))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Kaksoiskappale")).subjects("employee").build())
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden loppu")),
                        "invoices"))
                .disclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "contact").forPurposes("taxes"))
                .build());
        assertEquals(List.of(
                new Problem("dataCategories[3].key", "duplicate key 'contact'"),
                new Problem("purposes[1].key", "duplicate key 'billing'"),
                new Problem("dataCategories[4].key", "parent category 'health' of 'health.allergies' is not declared"),
                new Problem("purposes[1].subjects[0]", "unknown data subject category 'employee'"),
                new Problem("disclosures[0].purposes[0]", "unknown purpose 'taxes'"),
                new Problem("retention[0].categories[0]", "unknown data category 'invoices'")), e.problems());
        assertTrue(e.getMessage().startsWith("6 problems in the register:"), e.getMessage());
    }

    @Test
    void rejectsCategoryListedTwiceInOnePurpose() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> base()
                .purpose(Purpose.builder("support", LocalizedText.fi("Tuki")).categories("contact", "contact").build())
                .build());
        assertEquals("purposes[1].categories[1]", e.problems().get(0).path());
    }

    @Test
    void rejectsTransferToAnEeaCountry() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> base()
                .transfers(Transfers.of(Transfer.to("SE", Safeguard.STANDARD_CONTRACTUAL_CLAUSES),
                        Transfer.to("US", Safeguard.ADEQUACY_DECISION)))
                .build());
        assertEquals(List.of(new Problem("transfers.transfers[0].country",
                "'SE' is in the EU/EEA: list only transfers to countries outside it")), e.problems());
    }

    @Test
    void rejectsMalformedKeyAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataCategory.of("Contact.Email", LocalizedText.fi("Sähköposti")));
        assertTrue(e.getMessage().contains("'Contact.Email' is not a key"), e.getMessage());
    }

    @Test
    void equalRegistersAreEqualAndEditsAreNot() {
        Register one = base().build();
        Register two = base().build();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        Register edited = one.toBuilder().introduction(Topic.PURPOSES, LocalizedText.fi("Tietoja käytetään")).build();
        assertNotEquals(one, edited);
        assertEquals(edited, edited.toBuilder().build());
    }

    @Test
    void toStringNamesNoPersonalData() {
        String text = base().build().toString();
        assertEquals("Register[customers, 1 purposes, 3 data categories]", text);
        assertFalse(text.contains("@"));
    }
}
