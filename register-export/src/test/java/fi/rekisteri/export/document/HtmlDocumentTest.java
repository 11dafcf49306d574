package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
