package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.BusinessId;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Editing a built register through {@link Register#toBuilder()}: replace, remove and clear its parts. */
class RegisterEditingTest {

    private static final Organisation CONTROLLER = Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"),
            ContactDetails.none().withEmail("tietosuoja@example.fi"));
    private static final Retention SIX_YEARS =
            Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden loppu"));

    private static Register register() {
        return Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"), CONTROLLER)
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .subjectCategory(DataSubjectCategory.of("prospect", LocalizedText.fi("Prospektit")))
                .subjectCategory(DataSubjectCategory.of("employee", LocalizedText.fi("Työntekijät")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköpostiosoite")))
                .dataCategory(DataCategory.of("identity", LocalizedText.fi("Tunnistetiedot")).aboutSubjects("customer"))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus"))
                        .legalBasis(LegalBasis.contract()).categories("contact", "identity").subjects("customer")
                        .build())
                .purpose(Purpose.builder("marketing", LocalizedText.fi("Markkinointi"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Peru asetuksista"))).categories("contact")
                        .directMarketing().build())
                .purpose(Purpose.builder("support", LocalizedText.fi("Asiakastuki")).categories("contact").build())
                .source(Source.DataSubject.of(LocalizedText.fi("Asiakkaalta itseltään")))
                .source(Source.Internal.of(LocalizedText.fi("Asiakashistoria")))
                .disclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "identity").forPurposes("billing"))
                .disclosure(Disclosure.of("mailer", LocalizedText.fi("Postituspalvelu"), "contact")
                        .forPurposes("marketing"))
                .retention(RetentionRule.of(SIX_YEARS, "identity"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact"))
                .representative(Organisation.of("Edustaja", ContactDetails.none()))
                .dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava", ContactDetails.none()))
                .contactPoint(ContactPoint.of("Asiakaspalvelu", ContactDetails.none()))
                .transfers(Transfers.none())
                .automatedDecisionMaking(AutomatedDecisionMaking.none())
                .provisionRequirement(LocalizedText.fi("Tiedot ovat sopimuksen edellytys"))
                .introduction(Topic.PURPOSES, LocalizedText.fi("Tietoja käytetään"))
                .build();
    }

    private static <T> List<String> keys(List<T> parts, Function<T, String> key) {
        return parts.stream().map(key).toList();
    }

    @Test
    void anUnchangedBuilderGivesTheSameRegister() {
        Register register = register();
        assertEquals(register, register.toBuilder().build());
    }

    @Test
    void replacingAPartKeepsItsPlace() {
        Register edited = register().toBuilder()
                .replacePurpose(Purpose.builder("marketing", LocalizedText.fi("Suoramarkkinointi"))
                        .categories("contact.email").build())
                .replaceSubjectCategory(DataSubjectCategory.of("prospect", LocalizedText.fi("Mahdolliset asiakkaat")))
                .replaceDataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot"))
                        .withDescription(LocalizedText.fi("Osoite ja puhelin")))
                .replaceDisclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "contact"))
                .build();

        assertAll(
                () -> assertEquals(List.of("billing", "marketing", "support"), keys(edited.purposes(), Purpose::key)),
                () -> assertEquals("Suoramarkkinointi", edited.purposes().get(1).name().text(Language.FI)),
                () -> assertEquals(List.of("contact.email"), edited.purposes().get(1).categories()),
                () -> assertEquals(List.of("customer", "prospect", "employee"),
                        keys(edited.subjectCategories(), DataSubjectCategory::key)),
                () -> assertEquals("Mahdolliset asiakkaat",
                        edited.subjectCategories().get(1).name().text(Language.FI)),
                () -> assertEquals(List.of("contact", "contact.email", "identity"),
                        keys(edited.dataCategories(), DataCategory::key)),
                () -> assertTrue(edited.dataCategories().get(0).description().isPresent()),
                () -> assertEquals(List.of("tax", "mailer"), keys(edited.disclosures(), Disclosure::key)),
                () -> assertEquals(List.of("contact"), edited.disclosures().get(0).categories()));
    }

    @Test
    void removingAPartKeepsTheOrderOfTheRest() {
        Register edited = register().toBuilder()
                .removeDisclosure("mailer")
                .removePurpose("marketing")
                .removeSubjectCategory("employee")
                .removeDataCategory("contact.email")
                .build();

        assertAll(
                () -> assertEquals(List.of("billing", "support"), keys(edited.purposes(), Purpose::key)),
                () -> assertEquals(List.of("tax"), keys(edited.disclosures(), Disclosure::key)),
                () -> assertEquals(List.of("customer", "prospect"),
                        keys(edited.subjectCategories(), DataSubjectCategory::key)),
                () -> assertEquals(List.of("contact", "identity"), keys(edited.dataCategories(), DataCategory::key)),
                () -> assertTrue(edited.purpose("marketing").isEmpty()));
    }

    @Test
    void aRemovalThatLeavesReferencesDanglingIsReportedAtBuildWithThePaths() {
        Register.Builder builder = register().toBuilder()
                .removeDataCategory("identity")
                .removePurpose("billing")
                .removeSubjectCategory("customer");

        RegisterValidationException e = assertThrows(RegisterValidationException.class, builder::build);

        assertEquals(List.of(
                new Problem("disclosures[0].categories[0]", "unknown data category 'identity'"),
                new Problem("disclosures[0].purposes[0]", "unknown purpose 'billing'"),
                new Problem("retention[0].categories[0]", "unknown data category 'identity'")), e.problems());
    }

    @Test
    void removingAParentCategoryLeavesItsChildrenToBeReported() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> register().toBuilder().removeDataCategory("contact").build());

        assertEquals(new Problem("dataCategories[0].key", "parent category 'contact' of 'contact.email' is not declared"),
                e.problems().get(0));
    }

    @Test
    void removingASubjectCategoryLeavesItsReferencesToBeReported() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class,
                () -> register().toBuilder().removeSubjectCategory("customer").build());

        assertEquals(List.of(
                new Problem("dataCategories[2].subjects[0]", "unknown data subject category 'customer'"),
                new Problem("purposes[0].subjects[0]", "unknown data subject category 'customer'")), e.problems());
    }

    @Test
    void anUnknownKeyInReplaceOrRemoveFailsNamingTheKey() {
        Register.Builder builder = register().toBuilder();
        Purpose newsletter = Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje")).build();

        assertAll(
                () -> assertMessage("no purpose 'newsletter' to replace", () -> builder.replacePurpose(newsletter)),
                () -> assertMessage("no purpose 'newsletter' to remove", () -> builder.removePurpose("newsletter")),
                () -> assertMessage("no data category 'contact.fax' to replace", () -> builder.replaceDataCategory(
                        DataCategory.of("contact.fax", LocalizedText.fi("Faksi")))),
                () -> assertMessage("no data category 'contact.fax' to remove",
                        () -> builder.removeDataCategory("contact.fax")),
                () -> assertMessage("no subject category 'partner' to replace", () -> builder.replaceSubjectCategory(
                        DataSubjectCategory.of("partner", LocalizedText.fi("Kumppanit")))),
                () -> assertMessage("no subject category 'partner' to remove",
                        () -> builder.removeSubjectCategory("partner")),
                () -> assertMessage("no disclosure 'police' to replace", () -> builder.replaceDisclosure(
                        Disclosure.of("police", LocalizedText.fi("Poliisi")))),
                () -> assertMessage("no disclosure 'police' to remove", () -> builder.removeDisclosure("police")));
        assertEquals(register(), builder.build(), "a failed edit changes nothing");
    }

    @Test
    void addingAPartOfAKeyAlreadyThereIsADuplicateNotAReplacement() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> register().toBuilder()
                .purpose(Purpose.builder("support", LocalizedText.fi("Toinen tuki")).build())
                .build());

        assertEquals(List.of(new Problem("purposes[3].key", "duplicate key 'support'")), e.problems());
    }

    @Test
    void replacingADuplicatedKeyReplacesEachCopySoTheDuplicateIsStillReported() {
        Purpose again = Purpose.builder("support", LocalizedText.fi("Toinen tuki")).build();
        Register.Builder builder = register().toBuilder().purpose(again)
                .replacePurpose(Purpose.builder("support", LocalizedText.fi("Kolmas tuki")).build());

        RegisterValidationException e = assertThrows(RegisterValidationException.class, builder::build);
        assertEquals(List.of(new Problem("purposes[3].key", "duplicate key 'support'")), e.problems());
        assertEquals(List.of("billing", "marketing"),
                keys(builder.removePurpose("support").build().purposes(), Purpose::key), "remove takes every copy");
    }

    @Test
    void sourcesAndRetentionRulesAreReplacedWholeOrRemovedByPredicate() {
        Source external = Source.External.of(LocalizedText.fi("YTJ"));
        RetentionRule rule = RetentionRule.of(SIX_YEARS, "contact");

        Register replaced = register().toBuilder().replaceSources(List.of(external)).replaceRetention(List.of(rule))
                .build();
        Register filtered = register().toBuilder()
                .removeSourcesIf(source -> source instanceof Source.DataSubject)
                .removeRetentionIf(r -> r.categories().contains("identity"))
                .removeRetentionIf(r -> r.categories().contains("no-such-category"))
                .build();

        assertAll(
                () -> assertEquals(List.of(external), replaced.sources()),
                () -> assertEquals(List.of(rule), replaced.retention()),
                () -> assertEquals(List.of(Source.Internal.of(LocalizedText.fi("Asiakashistoria"))),
                        filtered.sources()),
                () -> assertEquals(List.of(List.of("contact")),
                        filtered.retention().stream().map(RetentionRule::categories).toList()));
    }

    @Test
    void optionalPartsCanBeCleared() {
        Register cleared = register().toBuilder()
                .clearRepresentative()
                .clearDataProtectionOfficer()
                .clearContactPoints()
                .clearTransfers()
                .clearAutomatedDecisionMaking()
                .clearProvisionRequirement()
                .clearIntroduction(Topic.PURPOSES)
                .clearIntroduction(Topic.SOURCES)
                .build();

        assertAll(
                () -> assertTrue(cleared.representative().isEmpty()),
                () -> assertTrue(cleared.dataProtectionOfficer().isEmpty()),
                () -> assertTrue(cleared.contactPoint().isEmpty()),
                () -> assertTrue(cleared.transfers().isEmpty()),
                () -> assertTrue(cleared.automatedDecisionMaking().isEmpty()),
                () -> assertTrue(cleared.provisionRequirement().isEmpty()),
                () -> assertTrue(cleared.introductions().isEmpty()));
    }

    @Test
    void nameAndControllerCanBeChanged() {
        Organisation other = Organisation.of("Toinen Oy", ContactDetails.none());
        Register edited = register().toBuilder().name(LocalizedText.fi("Asiakkaat")).controller(other).build();

        assertEquals("Asiakkaat", edited.name().text(Language.FI));
        assertEquals(other, edited.controller());
        assertEquals("customers", edited.key());
    }

    @Test
    void nullArgumentsFailAtOnceNamingTheArgument() {
        Register.Builder builder = register().toBuilder();
        assertAll(
                () -> assertNpe("purpose", () -> builder.replacePurpose(null)),
                () -> assertNpe("key", () -> builder.removePurpose(null)),
                () -> assertNpe("sources", () -> builder.replaceSources(null)),
                () -> assertNpe("sources[1]", () -> builder.replaceSources(java.util.Arrays.asList(
                        Source.Internal.of(LocalizedText.fi("x")), null))),
                () -> assertNpe("filter", () -> builder.removeRetentionIf(null)),
                () -> assertNpe("representative", () -> builder.representative(null)),
                () -> assertNpe("transfers", () -> builder.transfers(null)));
        assertEquals(register(), builder.build(), "a failed edit changes nothing");
    }

    @Test
    void aPurposeBuilderChecksItsKeyWhenMade() {
        LocalizedText name = LocalizedText.fi("Laskutus");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Purpose.builder("Billing", name));

        assertTrue(e.getMessage().startsWith("key 'Billing' is not a key"), e.getMessage());
        assertNpe("key", () -> Purpose.builder(null, name));
        assertNpe("name", () -> Purpose.builder("billing", null));
    }

    @Test
    void aPurposeBuilderChecksEachCategoryAndSubjectKeyWhenGiven() {
        Purpose.Builder builder = Purpose.builder("billing", LocalizedText.fi("Laskutus")).categories("contact");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.categories("identity", "Contact.Fax"));
        assertTrue(e.getMessage().startsWith("categories[2] 'Contact.Fax' is not a key"), e.getMessage());
        assertNpe("subjects[0]", () -> builder.subjects((String) null));
        assertNpe("keys", () -> builder.categories((String[]) null));
        assertEquals(List.of("contact"), builder.build().categories(), "a failed call adds nothing");
    }

    @Test
    void aPurposeBuilderEditsEveryPart() {
        Purpose marketing = register().purpose("marketing").orElseThrow();
        Purpose edited = marketing.toBuilder()
                .name(LocalizedText.fi("Uutiskirje"))
                .description(LocalizedText.fi("Kuukausittain"))
                .clearDescription()
                .clearLegalBasis()
                .directMarketing(false)
                .objection(LocalizedText.fi("Linkki viestissä"))
                .clearObjection()
                .specialCategoryCondition(SpecialCategoryCondition.EXPLICIT_CONSENT)
                .clearSpecialCategoryCondition()
                .identityCodeGround(IdentityCodeGround.CONSENT)
                .clearIdentityCodeGround()
                .criminalDataAuthorisation(LocalizedText.fi("Laki"))
                .clearCriminalDataAuthorisation()
                .categories("identity")
                .removeCategory("contact")
                .subjects("customer", "prospect")
                .removeSubject("customer")
                .build();

        assertEquals(new Purpose("marketing", LocalizedText.fi("Uutiskirje"), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of("identity"), List.of("prospect"), false,
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty()), edited);
        assertTrue(edited.toBuilder().categories("contact").clearCategories().clearSubjects().build()
                .categories().isEmpty());
        assertMessage("the purpose lists no data category 'contact.fax' to remove",
                () -> marketing.toBuilder().removeCategory("contact.fax"));
        assertMessage("the purpose lists no subject category 'partner' to remove",
                () -> marketing.toBuilder().removeSubject("partner"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    private static void assertNpe(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(NullPointerException.class, call).getMessage());
    }
}
