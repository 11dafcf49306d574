package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlDocumentTest {

    private static Document html(Register register, Language language) {
        String html = Documents.renderToString(
                Documents.outline(register, DocumentType.REKISTERISELOSTE, language), DocumentFormat.HTML);
        return Jsoup.parse(html);
    }

    @Test
    void isOnePageWithTheDocumentsLanguageATitleAndNineSectionHeadingsUnderOneH1() {
        Document page = html(TestRegisters.seed(), Language.FI);
        assertEquals("fi", page.selectFirst("html").attr("lang"));
        assertEquals("Rekisteriseloste: Mainostakomon internetpalvelujen asiakastietorekisteri", page.title());
        assertEquals(1, page.select("h1").size());
        assertEquals(List.of("1. Rekisterinpitäjä", "2. Yhteyshenkilö rekisteriä koskevissa asioissa",
                        "3. Rekisterin nimi", "4. Rekisterin käyttötarkoitus", "5. Rekisterin tietosisältö",
                        "6. Säännönmukaiset tietolähteet", "7. Säännönmukaiset tietojen luovutukset",
                        "8. Tietojen siirto EU:n tai ETA:n ulkopuolelle", "9. Rekisterin suojauksen periaatteet"),
                page.select("section > h2").eachText());
        assertTrue(page.select("h3, h4, h5, h6").isEmpty(), "no heading level is skipped");
        assertEquals(6, page.select("#section-4 li").size());
        assertEquals("Y-tunnus", page.select("#section-1 dt").get(1).text());
        assertEquals("2135102-9", page.select("#section-1 dd").get(1).text());
    }

    @Test
    void hasABannerATableOfContentsAndTheSectionsInMain() {
        Document page = html(TestRegisters.seed(), Language.FI);
        Element body = page.body();
        assertEquals(List.of("header", "nav", "main"), body.children().stream().map(Element::tagName).toList(),
                "banner, navigation and main landmarks, in order");
        assertEquals("Rekisteriseloste", body.selectFirst("body > header > h1").text());
        Element nav = body.selectFirst("body > nav.contents");
        assertEquals("Sisällys", nav.selectFirst("h2").text());
        assertEquals(nav.selectFirst("h2").id(), nav.attr("aria-labelledby"));
        List<String> targets = nav.select("li > a").eachAttr("href");
        assertEquals(page.select("main > section").stream().map(s -> "#" + s.id()).toList(), targets);
        assertEquals(page.select("main > section > h2").eachText(), nav.select("li > a").eachText());
        assertEquals("#section-1", targets.get(0), "ids by section number, the same in every language");
        assertTrue(page.select("main header, main nav").isEmpty());
    }

    @Test
    void labelsTheTableOfContentsInTheDocumentsLanguage() {
        assertEquals("Innehåll", html(TestRegisters.seed(), Language.SV).selectFirst("nav > h2").text());
        assertEquals("Contents", html(TestRegisters.seed(), Language.EN).selectFirst("nav > h2").text());
    }

    @Test
    void hasNoTableOfContentsForAShortDocument() {
        Outline seed = Documents.outline(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI);
        Outline shortOne = new Outline(seed.type(), seed.language(), seed.title(), seed.subtitle(),
                seed.subtitleLanguage(), seed.preamble(),
                seed.sections().subList(0, HtmlRenderer.CONTENTS_FROM - 1));
        Document page = Jsoup.parse(Documents.renderToString(shortOne, DocumentFormat.HTML));
        assertTrue(page.select("nav").isEmpty(), page.html());
        assertEquals(HtmlRenderer.CONTENTS_FROM - 1, page.select("main > section").size());
    }

    @Test
    void rendersEveryLevelOfTheDeepestHierarchyNested() {
        Document page = html(TestRegisters.deepHierarchy(), Language.FI);
        Element list = page.selectFirst("#section-5 > ul");
        for (int level = 1; level <= CategoryHierarchy.MAX_DEPTH; level++) {
            assertEquals(1, list.children().size(), "one item at level " + level);
            Element item = list.child(0);
            assertEquals("li", item.tagName());
            assertEquals("Taso " + level + " " + TestRegisters.DEEP_CATEGORY_NAME, item.ownText());
            list = item.selectFirst("> ul");
            if (level < CategoryHierarchy.MAX_DEPTH) {
                assertTrue(list != null, "level " + (level + 1) + " nests in level " + level);
            }
        }
        assertTrue(list == null, "nothing below the deepest level");
    }

    /** The PDF is printed media: a table of contents without page numbers would only take room there. */
    @Test
    void leavesTheTableOfContentsOutOfThePdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(
                Documents.outline(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("1. Rekisterinpitäjä"), text);
            assertFalse(text.contains("Sisällys"), text);
        }
    }

    @Test
    void isSelfContainedWithPrintStyles() {
        Document page = html(TestRegisters.seed(), Language.FI);
        assertTrue(page.select("link, script, img, iframe").isEmpty(), "no external resources");
        assertTrue(page.selectFirst("style").data().contains("@media print"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
    }

    @Test
    void marksFinnishTextsInASwedishDocumentWithTheirLanguage() {
        Document page = html(TestRegisters.seed(), Language.SV);
        assertEquals("sv", page.selectFirst("html").attr("lang"));
        assertEquals("fi", page.selectFirst(".subtitle").attr("lang"));
        Element statement = page.selectFirst("#section-8 p");
        assertEquals("Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.", statement.text());
        assertEquals("fi", statement.attr("lang"));
        assertFalse(page.selectFirst("h2").hasAttr("lang"), "our own headings are Swedish");
    }

    @Test
    void printsHostileRegisterTextsAsText() {
        String hostile = "<script>alert(\"x\")</script> & \"quoted\" 'single' <b>bold</b>";
        Register register = Register.builder("r", LocalizedText.fi(hostile),
                        Organisation.of("Oy \"<img src=x onerror=alert(1)>\"", ContactDetails.none()))
                .introduction(Topic.PURPOSES, LocalizedText.fi(hostile))
                .dataCategory(DataCategory.of("a", LocalizedText.fi(hostile)))
                .build();
        Document page = html(register, Language.FI);
        assertTrue(page.select("script, img, b").isEmpty(), page.html());
        assertEquals(hostile, page.selectFirst(".subtitle").text());
        assertEquals(hostile, page.selectFirst("#section-4 p").text());
        assertEquals(hostile, page.selectFirst("#section-5 li").text());
        assertEquals("Oy \"<img src=x onerror=alert(1)>\"", page.selectFirst("#section-1 dd").text());
        assertTrue(page.title().contains(hostile));
    }

    @Test
    void nestsSubCategoriesInTheirParentsList() {
        Register register = Register.builder("r", LocalizedText.fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköposti")))
                .dataCategory(DataCategory.of("history", LocalizedText.fi("Historia")))
                .build();
        Document page = html(register, Language.FI);
        assertEquals(List.of("Yhteystiedot Sähköposti", "Historia"), page.select("#section-5 > ul > li").eachText());
        assertEquals("Sähköposti", page.selectFirst("#section-5 > ul > li > ul > li").text());
    }

    @Test
    void usesTheUsersTemplateAndStillEscapes(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("mine.mustache");
        Files.writeString(template, "<html lang=\"{{lang}}\"><body><h1>{{subtitle}}</h1>"
                + "{{#sections}}<h2>{{heading}}</h2>{{#blocks}}{{> block}}{{/blocks}}{{/sections}}</body></html>");
        Register register = Register.builder("r", LocalizedText.fi("<script>x</script>"),
                Organisation.of("Oy", ContactDetails.none())).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.htmlRenderer(template).render(
                Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.EN), out);
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertEquals("<script>x</script>", page.selectFirst("h1").text());
        assertTrue(page.select("script").isEmpty());
        assertEquals("Controller", page.selectFirst("h2").text());
        assertEquals("Oy", page.selectFirst("dd").text(), "the built-in block partial is used");
    }

    @Test
    void refusesAMissingTemplate(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Documents.htmlRenderer(dir.resolve("none.mustache")));
        assertTrue(e.getMessage().contains("none.mustache"));
    }
}
