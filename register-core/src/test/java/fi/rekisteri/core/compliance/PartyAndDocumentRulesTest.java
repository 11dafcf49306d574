package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataSubjectRight;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LegalFramework;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.OrganisationKind;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.identifier.BusinessId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules on the parties (controllers, contacts, identifiers) and on the document itself, each firing and silent. */
class PartyAndDocumentRulesTest {

    private static final DocumentType R = DocumentType.REKISTERISELOSTE;
    private static final DocumentType A13 = DocumentType.ART_13_NOTICE;
    private static final DocumentType A30 = DocumentType.ART_30_RECORD;

    private static final ContactDetails REACHABLE = ContactDetails.none()
            .withAddress(PostalAddress.of("Torikatu 1", "90100", "Oulu")).withEmail("tietosuoja@example.fi");

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }

    private static Organisation company() {
        return Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"), REACHABLE);
    }

    private static Register.Builder with(Organisation controller) {
        return Register.builder("r", fi("R"), controller);
    }

    private static List<String> found(Register register, DocumentType type, Rule... rules) {
        List<Rule> wanted = List.of(rules);
        return Compliance.check(register, type).findings().stream().filter(f -> wanted.contains(f.rule()))
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void aBusinessIdFailingItsCheckIsAnErrorAtItsPathAndTheRestIsStillChecked() {
        Organisation wrong = company().withInvalidBusinessId("2135102-8");
        Register register = with(wrong).build();
        assertEquals(List.of("ERROR business-id.check controller.businessId"),
                found(register, A13, Rule.BUSINESS_ID_CHECK));
        assertTrue(Compliance.check(register, A13).findings(Rule.PURPOSE_MISSING).size() == 1);
        assertTrue(Compliance.check(register, A13).findings(Rule.BUSINESS_ID_CHECK).get(0).message(Language.FI)
                .contains("2135102-8"));
        assertEquals(List.of(), found(with(company()).build(), A13, Rule.BUSINESS_ID_CHECK));
        assertThrows(IllegalArgumentException.class, () -> company().withInvalidBusinessId("2135102-9"));
        assertThrows(IllegalArgumentException.class, () -> company().withInvalidBusinessId("131052-308T"));
    }

    @Test
    void aPublicAuthorityMustHaveADpoAndCannotRestOnLegitimateInterests() {
        Organisation city = Organisation.of(LocalizedText.of("Vaasan kaupunki", "Vasa stad", "City of Vaasa"),
                REACHABLE).withKind(OrganisationKind.MUNICIPALITY);
        Purpose interests = Purpose.builder("p", fi("Tiedotus"))
                .legalBasis(LegalBasis.legitimateInterests(fi("Tiedottaminen"))).build();
        Register register = with(city).purpose(interests).build();
        assertEquals(List.of("ERROR dpo.public-authority dataProtectionOfficer",
                "ERROR purpose.public-authority-interests purposes[0].legalBasis"),
                found(register, A13, Rule.DPO_PUBLIC_AUTHORITY, Rule.DPO_MISSING,
                        Rule.PURPOSE_PUBLIC_AUTHORITY_INTERESTS, Rule.PURPOSE_LEGITIMATE_INTERESTS));
        assertTrue(Compliance.check(register, A13).findings(Rule.DPO_PUBLIC_AUTHORITY).get(0).message(Language.SV)
                .contains("Vasa stad"));

        Register lawful = with(city).dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava", REACHABLE))
                .purpose(Purpose.builder("p", fi("Tiedotus")).legalBasis(LegalBasis.publicTask(fi("Kuntalaki")))
                        .build()).build();
        assertEquals(List.of(), found(lawful, A13, Rule.DPO_PUBLIC_AUTHORITY, Rule.PURPOSE_PUBLIC_AUTHORITY_INTERESTS));
        Register association = with(company().withKind(OrganisationKind.ASSOCIATION)).purpose(interests).build();
        assertEquals(List.of("INFO dpo.missing dataProtectionOfficer"), found(association, A13,
                Rule.DPO_PUBLIC_AUTHORITY, Rule.DPO_MISSING, Rule.PURPOSE_PUBLIC_AUTHORITY_INTERESTS));
    }

    @Test
    void aUnitOfABodyAsTheControllerIsAWarning() {
        Organisation unit = Organisation.of(fi("Liikuntapalvelut"), REACHABLE).withUnitOf(fi("Oulun kaupunki"));
        assertEquals(List.of("WARNING controller.unit controller.unitOf"),
                found(with(unit).build(), A13, Rule.CONTROLLER_UNIT));
        assertEquals(List.of(), found(with(company()).build(), A13, Rule.CONTROLLER_UNIT));
    }

    @Test
    void aControllerReachableOnlyThroughItsContactPointIsAWarningNotAnError() {
        Organisation bare = Organisation.of("Yhdistys ry", ContactDetails.none());
        Register through = with(bare).contactPoint(ContactPoint.of("Sihteeri", REACHABLE)).build();
        assertEquals(List.of("WARNING controller.contact-indirect controller.contact"),
                found(through, A13, Rule.CONTROLLER_CONTACT, Rule.CONTROLLER_CONTACT_INDIRECT));
        assertEquals(List.of("INFO controller.contact-indirect controller.contact"),
                found(through, R, Rule.CONTROLLER_CONTACT, Rule.CONTROLLER_CONTACT_INDIRECT));
        Register nowhere = with(bare).contactPoint(ContactPoint.of("Sihteeri", ContactDetails.none())).build();
        assertEquals(List.of("ERROR controller.contact controller.contact"),
                found(nowhere, A13, Rule.CONTROLLER_CONTACT, Rule.CONTROLLER_CONTACT_INDIRECT));
    }

    @Test
    void addressesWithoutAPostalCodeAndSpeltOutEmailsAreReadAndReported() {
        ContactDetails written = ContactDetails.none()
                .withAddress(PostalAddress.poBox("PL 25", "90015", "Oulun kaupunki").withoutPostalCode())
                .withVisitingAddress(PostalAddress.of("Torikatu 10", "90100", "Oulu"))
                .withEmail("info(at)example.fi");
        assertTrue(written.emailIsSpeltOut());
        assertEquals("PL 25, Oulun kaupunki", written.address().orElseThrow().oneLine());
        Register register = with(company()).contactPoint(ContactPoint.of("Jäsenasiat", fi("Jäsenasiat"), written))
                .build();
        assertEquals(List.of("WARNING address.postal-code contactPoints[0].contact.address.postalCode",
                "WARNING contact.email-spelt-out contactPoints[0].contact.email"),
                found(register, A13, Rule.ADDRESS_POSTAL_CODE, Rule.EMAIL_SPELT_OUT));
        assertEquals(List.of("INFO address.postal-code contactPoints[0].contact.address.postalCode",
                "INFO contact.email-spelt-out contactPoints[0].contact.email"),
                found(register, A30, Rule.ADDRESS_POSTAL_CODE, Rule.EMAIL_SPELT_OUT));
        for (String spelt : List.of("info [at] example.fi", "info(a)example.fi", "info at example.fi")) {
            assertTrue(ContactDetails.none().withEmail(spelt).emailIsSpeltOut(), spelt);
        }
        assertFalse(REACHABLE.emailIsSpeltOut());
        assertEquals(List.of(), found(with(company()).build(), A13, Rule.ADDRESS_POSTAL_CODE, Rule.EMAIL_SPELT_OUT));
        assertThrows(IllegalArgumentException.class, () -> ContactDetails.none().withEmail("info example.fi"));
    }

    @Test
    void jointControllersNeedTheirContactAndTheEssenceOfTheArrangement() {
        Organisation partner = Organisation.of("Kumppani Oy", ContactDetails.none());
        Register without = with(company())
                .jointControl(new JointControl(List.of(partner), Optional.empty(), Optional.empty())).build();
        assertEquals(List.of("ERROR joint-controller.contact jointControl.controllers[0].contact",
                "WARNING joint-control.essence jointControl.essence"),
                found(without, A13, Rule.JOINT_CONTROLLER_CONTACT, Rule.JOINT_CONTROL_ESSENCE));
        assertEquals(List.of("ERROR joint-controller.contact jointControl.controllers[0].contact"),
                found(without, A30, Rule.JOINT_CONTROLLER_CONTACT, Rule.JOINT_CONTROL_ESSENCE));
        Register with = with(company()).jointControl(JointControl.of(List.of(partner.withContact(REACHABLE)),
                fi("Kumpikin vastaa omista tiedoistaan; pyynnöt käsittelee Esimerkki Oy."))
                .withContactPoint(ContactPoint.of("Tietosuoja", REACHABLE))).build();
        assertEquals(List.of(), found(with, A13, Rule.JOINT_CONTROLLER_CONTACT, Rule.JOINT_CONTROL_ESSENCE));
        assertThrows(IllegalArgumentException.class, () -> new JointControl(List.of(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void aStatementUnderTheRepealedActIsAnErrorWhenDatedAfterTheGdprApplied() {
        DocumentMetadata old = DocumentMetadata.of("1", LocalDate.of(2016, 3, 1))
                .withFramework(LegalFramework.PERSONAL_DATA_ACT);
        Register before = with(company()).metadata(old).build();
        assertEquals(List.of("WARNING document.framework-outdated metadata.framework"),
                found(before, A13, Rule.DOCUMENT_FRAMEWORK_OUTDATED, Rule.DOCUMENT_FRAMEWORK_REPEALED));
        assertEquals(List.of("INFO document.framework-outdated metadata.framework"),
                found(before, R, Rule.DOCUMENT_FRAMEWORK_OUTDATED, Rule.DOCUMENT_FRAMEWORK_REPEALED));
        Register changed = with(company()).metadata(old.withLastChanged(LocalDate.of(2018, 5, 25))).build();
        List<String> lines = found(changed, R, Rule.DOCUMENT_FRAMEWORK_OUTDATED, Rule.DOCUMENT_FRAMEWORK_REPEALED,
                Rule.DOCUMENT_SUPERSEDED);
        assertEquals(List.of("INFO document.superseded ", "ERROR document.framework-repealed metadata.framework"),
                lines);
        assertTrue(Compliance.check(changed, A13).findings(Rule.DOCUMENT_FRAMEWORK_REPEALED).get(0)
                .message(Language.FI).contains("25.5.2018"));
        Register gdpr = with(company()).metadata(old.withLastChanged(LocalDate.of(2024, 1, 1))
                .withFramework(LegalFramework.GDPR).withChangeNotice(fi("Muutoksista kerrotaan verkkosivuilla.")))
                .build();
        assertEquals(List.of(), found(gdpr, A13, Rule.DOCUMENT_FRAMEWORK_OUTDATED, Rule.DOCUMENT_FRAMEWORK_REPEALED));
    }

    @Test
    void aFirstLayerWithoutTheFullNoticeAddressIsAWarningOfTheFirstLayerCheckAlone() {
        Register without = with(company()).build();
        assertEquals(List.of("WARNING first-layer.notice-url metadata.noticeUrl"), firstLayer(without, A13));
        assertEquals(List.of("WARNING first-layer.notice-url metadata.noticeUrl"),
                firstLayer(without, DocumentType.ART_14_NOTICE));
        assertEquals(List.of(), found(without, A13, Rule.FIRST_LAYER_NOTICE_URL));
        assertEquals(Compliance.check(without, A13).findings(), Compliance.checkFirstLayer(without, A13).findings()
                .stream().filter(f -> f.rule() != Rule.FIRST_LAYER_NOTICE_URL).toList());
        Register with = with(company()).metadata(DocumentMetadata.none()
                .withNoticeUrl(fi("https://example.fi/tietosuoja"))).build();
        assertEquals(List.of(), firstLayer(with, A13));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Compliance.checkFirstLayer(without, A30));
        assertTrue(e.getMessage().contains("art30"), e.getMessage());
    }

    @Test
    void anAcknowledgedFirstLayerFindingIsNeitherUsedNorStaleInThePlainCheck() {
        Register acknowledged = with(company()).acknowledgement(Acknowledgement.of("first-layer.notice-url",
                "metadata.noticeUrl", "The first layer is published on the same page", "team",
                LocalDate.of(2026, 12, 1))).build();
        ComplianceReport layered = Compliance.checkFirstLayer(acknowledged, A13);
        assertEquals(List.of(), layered.findings(Rule.FIRST_LAYER_NOTICE_URL));
        assertEquals(List.of(Rule.FIRST_LAYER_NOTICE_URL),
                layered.acknowledged().stream().map(a -> a.finding().rule()).toList());
        ComplianceReport plain = Compliance.check(acknowledged, A13);
        assertEquals(List.of(), plain.findings(Rule.ACKNOWLEDGEMENT_STALE));
        assertEquals(List.of(), plain.acknowledged());
        Register settled = acknowledged.toBuilder().metadata(DocumentMetadata.none()
                .withNoticeUrl(fi("https://example.fi/tietosuoja"))).build();
        assertEquals(1, Compliance.checkFirstLayer(settled, A13).findings(Rule.ACKNOWLEDGEMENT_STALE).size());
    }

    private static List<String> firstLayer(Register register, DocumentType type) {
        return Compliance.checkFirstLayer(register, type).findings(Rule.FIRST_LAYER_NOTICE_URL).stream()
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void aRestrictionOfRightsMustCiteItsLaw() {
        Register bare = with(company()).rightsRestriction(RightsRestriction.of(DataSubjectRight.ERASURE,
                fi("Tietoja ei poisteta."))).build();
        assertEquals(List.of("ERROR rights.restriction-law rightsRestrictions[0].law"),
                found(bare, A13, Rule.RIGHTS_RESTRICTION_LAW));
        assertEquals(List.of(), found(bare, A30, Rule.RIGHTS_RESTRICTION_LAW));
        Register cited = with(company()).rightsRestriction(RightsRestriction.of(DataSubjectRight.ERASURE,
                fi("Arkistoitavia asiakirjoja ei poisteta."), fi("Arkistolaki 831/1994"))).build();
        assertEquals(List.of(), found(cited, A13, Rule.RIGHTS_RESTRICTION_LAW));
    }

    @Test
    void legacyReferencesQuoteTheWordsTheTextUses() {
        Register register = with(company())
                .introduction(fi.rekisteri.core.Topic.SOURCES, LocalizedText.of(
                        "Osoitetiedot saadaan Väestörekisterikeskukselta ja Itellan osoitepalvelusta.",
                        "Adresser fås från Befolkningsregistercentralen enligt personuppgiftslagen.",
                        "Transfers rely on the Privacy Shield; see tietosuoja.fi/27305.htm."))
                .build();
        List<String> quoted = Compliance.check(register, A13).findings(Rule.LEGACY_REFERENCE).stream()
                .map(f -> f.arguments().get(0).text(Language.FI)).toList();
        assertEquals(List.of("Itellan", "Väestörekisterikeskukselta", "personuppgiftslagen",
                "Befolkningsregistercentralen", "Privacy Shield", "tietosuoja.fi/27305.htm"), quoted);
        assertEquals(List.of(), found(with(company()).introduction(fi.rekisteri.core.Topic.SOURCES,
                fi("Osoitteet saadaan Digi- ja väestötietovirastosta ja Postilta.")).build(), A13,
                Rule.LEGACY_REFERENCE));
    }
}
