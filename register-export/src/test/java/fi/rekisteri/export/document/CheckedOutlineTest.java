package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's way to the findings box: {@link Documents#checkedOutline} and {@link Documents#findingsNotice}. */
class CheckedOutlineTest {

    private static final Register SEED = TestRegisters.seed();

    @Test
    void putsEveryFindingInABoxBeforeTheRestOfThePreamble() {
        Outline plain = Documents.outline(SEED, DocumentType.ART_14_NOTICE, Language.EN);
        Outline checked = Documents.checkedOutline(SEED, DocumentType.ART_14_NOTICE, Language.EN);
        Block.Notice box = assertInstanceOf(Block.Notice.class, checked.preamble().get(0));
        ComplianceReport report = Compliance.check(SEED, DocumentType.ART_14_NOTICE);
        assertEquals(report.findings().size(), box.items().size());
        assertEquals("ERROR data-category.retention (dataCategories[0]): "
                + report.findings(fi.rekisteri.core.compliance.Rule.DATA_CATEGORY_RETENTION).get(0)
                        .message(Language.EN), box.items().get(8).text());
        assertEquals(plain.preamble(), checked.preamble().subList(1, checked.preamble().size()));
        assertEquals(plain.sections(), checked.sections());
    }

    @Test
    void leavesTheOutlinePureAndACleanReportWithoutABox() {
        assertTrue(Documents.outline(SEED, DocumentType.ART_13_NOTICE, Language.FI).preamble().stream()
                .noneMatch(block -> block instanceof Block.Notice));
        assertTrue(Documents.findingsNotice(new ComplianceReport(DocumentType.ART_13_NOTICE, List.of()), Language.FI)
                .isEmpty());
    }

    @Test
    void namesTheWholeRegisterWhenAFindingHasNoPath() {
        Block.Notice box = Documents.findingsNotice(Compliance.check(SEED, DocumentType.REKISTERISELOSTE), Language.SV)
                .orElseThrow();
        assertTrue(box.items().get(0).text().startsWith("OBS document.superseded (hela registret): "),
                box.items().get(0).text());
        assertEquals(Language.SV, box.items().get(0).language());
    }
}
