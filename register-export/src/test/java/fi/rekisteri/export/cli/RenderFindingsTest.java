package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render} shows the compliance check's findings in the document's box, or refuses; never neither. */
class RenderFindingsTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        cli = new CliRun(dir);
        seed = cli.seed();
    }

    @Test
    void framesTheNoticesFindingsInTextBeforeTheFirstSection() {
        assertEquals(0, cli.run("render", seed.toString(), "--type", "tietosuojaseloste"), cli.err());
        String text = cli.out();
        String box = "*** Tarkistuksen havainnot – eivät kuulu selosteeseen; korjaa rekisteri ennen julkaisua\n"
                + "* - HUOMIO dpo.missing (dataProtectionOfficer): Tietosuojavastaavaa ei ole nimetty.";
        assertTrue(text.startsWith("Tietosuojaseloste\n"), text);
        assertTrue(text.contains(box), text);
        assertTrue(text.contains("* - VIRHE purpose.legal-basis (purposes[0].legalBasis): Käsittelyn tarkoitukselle"
                + " ”Laskutukseen” ei ole kerrottu oikeusperustetta (6 artiklan 1 kohta).\n"), text);
        assertTrue(text.indexOf(box) < text.indexOf("\n1. "), text);
        assertEquals(21, text.lines().filter(line -> line.startsWith("* - ")).count(), "one item per finding");
        assertEquals("", cli.err(), "the findings are in the document, not a note beside it");
    }

    @Test
    void drawsTheFindingsAsAMarkedNoteInHtmlInTheDocumentsLanguage() throws IOException {
        Path html = dir.resolve("notice.html");
        assertEquals(0, cli.run("render", seed.toString(), "--type", "tietosuojaseloste", "--lang", "sv",
                "--format", "html", "-o", html.toString()), cli.err());
        Document page = Jsoup.parse(Files.readString(html));
        Element aside = page.selectFirst("header aside.notice[role=note]");
        assertNotNull(aside, page.html());
        assertEquals("Kontrollens resultat – inte en del av beskrivningen; rätta registret före publicering",
                aside.attr("aria-label"));
        List<String> items = aside.select("li").eachText();
        assertEquals(21, items.size(), items.toString());
        assertTrue(items.get(6).startsWith("FEL purpose.legal-basis (purposes[5].legalBasis): "), items.get(6));
        assertFalse(items.get(6).contains("oikeusperustetta"), "the message is in Swedish: " + items.get(6));
        assertTrue(items.stream().anyMatch(item -> item.startsWith("VARNING legacy.reference (security.manual): ")),
                items.toString());
        assertEquals(0, page.select("section aside.notice").size(), "the box is only in the header");
    }

    @Test
    void refusesANoticeWithErrorsAndWritesNothing() throws IOException {
        Path output = dir.resolve("notice.html");
        assertEquals(1, cli.run("render", seed.toString(), "--type", "tietosuojaseloste", "--format", "html",
                "--findings", "refuse", "-o", output.toString()));
        assertFalse(Files.exists(output), "no output file");
        assertTrue(cli.err().contains("ERROR   purpose.legal-basis at purposes[0].legalBasis: "), cli.err());
        assertTrue(cli.err().contains("art13: 12 errors, 8 warnings, 1 info; refusing to render (--findings refuse),"
                + " nothing was written"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void refusalLeavesAnEarlierOutputAsItWas() throws IOException {
        Path output = dir.resolve("notice.txt");
        Files.writeString(output, "earlier");
        assertEquals(1, cli.run("render", seed.toString(), "--type", "art14", "--findings", "refuse",
                "-o", output.toString()));
        assertEquals("earlier", Files.readString(output));
    }

    @Test
    void refuseStillRendersADocumentWithoutErrorsAndBoxesItsWarnings() {
        assertEquals(0, cli.run("render", seed.toString(), "--type", "art30", "--findings", "refuse"), cli.err());
        String text = cli.out();
        assertTrue(text.contains("* - VAROITUS purpose.legal-basis (purposes[0].legalBasis): "), text);
    }

    @Test
    void notesFindingsThatACsvCannotShow() {
        assertEquals(0, cli.run("render", seed.toString(), "--type", "art30", "--format", "csv"), cli.err());
        assertEquals("rekisteri: note: the CSV has no place for the compliance findings (art30: 0 errors, 17 warnings,"
                + " 1 info); rekisteri check " + seed + " --type art30 lists them\n", cli.err());
    }

    @Test
    void rejectsAnUnknownFindingsChoice() {
        assertEquals(2, cli.run("render", seed.toString(), "--findings", "ignore"));
        assertTrue(cli.err().contains("unknown --findings 'ignore'; expected box or refuse"), cli.err());
    }
}
