package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.policy.Erasure;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** examples/verkkokauppa/register.yaml: a web shop with cookies, US processors and retention in minutes. */
class VerkkokauppaRegisterTest {

    private static final Register SHOP = RegisterReader.create().read(
            TestRegisters.resource("/verkkokauppa/register.yaml"), "register.yaml", RegisterFormat.YAML);

    private static List<String> lines(ComplianceReport report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.rule().id() + " " + f.path()).toList();
    }

    @Test
    void itsArticle13NoticeHasOnlyTheAlternativeBasesToFix() {
        assertEquals(List.of(
                "INFO dpo.missing dataProtectionOfficer",
                "WARNING purpose.alternative-bases purposes[2].alternativeLegalBases"),
                lines(Compliance.check(SHOP, DocumentType.ART_13_NOTICE)));
    }

    @Test
    void itsArticle30RecordAndClassicStatement() {
        assertEquals(List.of(
                "INFO dpo.missing dataProtectionOfficer",
                "WARNING purpose.alternative-bases purposes[2].alternativeLegalBases"),
                lines(Compliance.check(SHOP, DocumentType.ART_30_RECORD)));
        assertEquals(List.of("INFO document.superseded "),
                lines(Compliance.check(SHOP, DocumentType.REKISTERISELOSTE)));
    }

    @Test
    void readsBackWhatItWrites() {
        for (RegisterFormat format : RegisterFormat.values()) {
            assertEquals(SHOP, RegisterReader.create().read(RegisterWriter.write(SHOP, format), "again", format));
        }
    }

    @Test
    void theNoticeHasACookieSectionAndEachItemsProvision() {
        String notice = Documents.renderToString(Documents.outline(SHOP, DocumentType.ART_13_NOTICE, Language.FI),
                DocumentFormat.TEXT);
        assertTrue(notice.contains("Evästeet ja vastaavat tekniikat"), notice);
        assertTrue(notice.contains("_ma_id – Erottaa kävijät toisistaan kävijämäärien laskemiseksi."), notice);
        assertTrue(notice.contains("Voimassa: selainistunnon ajan"), notice);
        assertTrue(notice.contains("Puhelinnumero: vapaaehtoinen tieto."), notice);
        assertTrue(notice.contains("Kertakäyttöiset kirjautumiskoodit: 10 minuuttia tietojen keräämisestä"),
                notice);
        assertTrue(notice.contains("EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework), johon vastaanottaja on sertifioitunut"), notice);
    }

    @Test
    void loginCodesAreDueTheDayAfterTheyWereMade() {
        LocalDate issued = LocalDate.of(2026, 12, 1);
        Erasure erasure = PurposePolicy.compile(SHOP).retention().erasure("login", issued);
        assertEquals(issued.plusDays(1), ((Erasure.Due) erasure).dueOn());
    }
}
