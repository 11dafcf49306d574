package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A notice box (such as compliance findings) is set apart from the statement in every format. */
class NoticeBoxTest {

    private static final Block.Notice FINDINGS = new Block.Notice("Puutteet", List.of(
            new Block.Item("purposes[0].legalBasis: <ei oikeusperustetta>", Language.FI, List.of()),
            new Block.Item("Viestintävirasto → Traficom", Language.FI, List.of())));

    private static Outline outline() {
        return Documents.outline(TestRegisters.seed(), DocumentType.ART_13_NOTICE, Language.FI)
                .withNotice(FINDINGS);
    }

    @Test
    void framesTheNoticeInTextBeforeTheFirstSection() {
        String text = Documents.renderToString(outline(), DocumentFormat.TEXT);
        String box = "****************\n*** Puutteet\n* - purposes[0].legalBasis: <ei oikeusperustetta>\n"
                + "* - Viestintävirasto → Traficom\n****************\n";
        assertTrue(text.contains(box), text);
        assertTrue(text.indexOf(box) < text.indexOf("1. Rekisterinpitäjä"));
    }

    @Test
    void quotesTheNoticeInMarkdown() {
        String md = Documents.renderToString(outline(), DocumentFormat.MARKDOWN);
        assertTrue(md.contains("> **Puutteet**\n>\n> - purposes\\[0\\].legalBasis: \\<ei oikeusperustetta\\>\n"), md);
    }

    @Test
    void drawsTheNoticeAsANoteInHtml() {
        Document page = Jsoup.parse(Documents.renderToString(outline(), DocumentFormat.HTML));
        Element aside = page.selectFirst("header aside.notice[role=note]");
        assertEquals("Puutteet", aside.attr("aria-label"));
        assertEquals(List.of("purposes[0].legalBasis: <ei oikeusperustetta>", "Viestintävirasto → Traficom"),
                aside.select("li").eachText());
        assertTrue(page.selectFirst("style").data().contains("aside.notice"));
    }
}
