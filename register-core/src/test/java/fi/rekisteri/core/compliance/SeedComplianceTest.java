package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.seed.MainostakomoRegister;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed register against each document type: what the classic statement meets and what a GDPR notice lacks. */
class SeedComplianceTest {

    private final Register seed = MainostakomoRegister.create();

    @Test
    void seedMeetsTheClassicStatementWithoutErrors() {
        ComplianceReport report = Compliance.check(seed, DocumentType.REKISTERISELOSTE);

        assertFalse(report.hasErrors(), () -> "errors: " + report.errors());
        assertEquals(List.of(
                "INFO document.superseded ",
                "INFO purpose.direct-marketing-objection purposes[5].objection",
                "INFO identity-code.ground dataCategories[1]",
                "INFO disclosure.recipients-unnamed disclosures",
                "WARNING legacy.reference security.manual",
                "WARNING legacy.reference security.electronic",
                "WARNING legacy.reference security.electronic"), lines(report));
    }

    @Test
    void seedsArt13NoticeListsExactlyWhatTheRegisterLacks() {
        ComplianceReport report = Compliance.check(seed, DocumentType.ART_13_NOTICE);

        assertEquals(List.of(
                "INFO dpo.missing dataProtectionOfficer",
                "ERROR purpose.legal-basis purposes[0].legalBasis",
                "ERROR purpose.legal-basis purposes[1].legalBasis",
                "ERROR purpose.legal-basis purposes[2].legalBasis",
                "ERROR purpose.legal-basis purposes[3].legalBasis",
                "ERROR purpose.legal-basis purposes[4].legalBasis",
                "ERROR purpose.legal-basis purposes[5].legalBasis",
                "WARNING purpose.direct-marketing-objection purposes[5].objection",
                "ERROR data-category.retention dataCategories[0]",
                "WARNING identity-code.ground dataCategories[1]",
                "ERROR data-category.retention dataCategories[1]",
                "ERROR data-category.retention dataCategories[2]",
                "ERROR data-category.retention dataCategories[3]",
                "ERROR data-category.retention dataCategories[4]",
                "ERROR data-category.retention dataCategories[5]",
                "WARNING disclosure.recipients-unnamed disclosures",
                "WARNING automated-decision.statement automatedDecisionMaking",
                "WARNING provision-requirement.missing provisionRequirement",
                "WARNING legacy.reference security.manual",
                "WARNING legacy.reference security.electronic",
                "WARNING legacy.reference security.electronic"), lines(report));
        assertEquals(12, report.errors().size());
        assertEquals(8, report.findings(Severity.WARNING).size());
        assertEquals(1, report.findings(Severity.INFO).size());
    }

    @Test
    void seedsLegacyReferencesQuoteTheTextAndNameTheirReplacements() {
        List<Finding> legacy = Compliance.check(seed, DocumentType.ART_13_NOTICE).findings(Rule.LEGACY_REFERENCE);

        // The words the seed's texts use, inflected as they are, not the names the library cites.
        assertEquals(List.of("DIN 32757", "sähköisen viestinnän tietosuojalain", "Viestintäviraston"),
                legacy.stream().map(f -> f.arguments().get(0).text(Language.FI)).toList());
        assertEquals("Teksti (suomeksi) viittaa vanhentuneeseen kohteeseen ”DIN 32757”. Nykyinen vastine on DIN 66399.",
                legacy.get(0).message(Language.FI));
        assertTrue(legacy.get(1).message(Language.SV).contains("lagen om tjänster inom elektronisk kommunikation"));
        assertTrue(legacy.get(2).message(Language.EN).contains("Traficom"));
    }

    @Test
    void seedsArt14NoticeAddsNothingForSourcesBecauseTheSeedNamesThem() {
        ComplianceReport report = Compliance.check(seed, DocumentType.ART_14_NOTICE);

        assertTrue(report.findings(Rule.SOURCE_MISSING).isEmpty());
        assertTrue(report.findings(Rule.SOURCE_EXTERNAL).isEmpty());
        assertTrue(report.findings(Rule.PROVISION_REQUIREMENT_MISSING).isEmpty(), "13(2)(e) is not in Art. 14");
        assertEquals(12, report.errors().size(), "six purposes without a basis, six categories without retention");
    }

    @Test
    void seedsArt30RecordHasNoErrorsButWarnsOfBasesAndRetention() {
        ComplianceReport report = Compliance.check(seed, DocumentType.ART_30_RECORD);

        assertFalse(report.hasErrors(), () -> "errors: " + report.errors());
        assertEquals(6, report.findings(Rule.PURPOSE_LEGAL_BASIS).size());
        assertEquals(6, report.findings(Rule.DATA_CATEGORY_RETENTION).size());
        assertTrue(report.findings(Rule.DATA_CATEGORY_RETENTION).stream()
                .allMatch(f -> f.severity() == Severity.WARNING), "30(1)(f) asks for time limits where possible");
    }

    @Test
    void messagesOfTheSeedsFindingsNeverShowContactDetails() {
        for (DocumentType type : DocumentType.values()) {
            for (Finding finding : Compliance.check(seed, type).findings()) {
                for (Language language : Language.values()) {
                    String message = finding.message(language);
                    assertFalse(message.contains("info@mainostakomo.com") || message.contains("044 596 2025"),
                            message);
                }
            }
        }
    }

    static List<String> lines(ComplianceReport report) {
        return report.findings().stream()
                .map(f -> f.severity() + " " + f.ruleId() + " " + f.path())
                .toList();
    }
}
