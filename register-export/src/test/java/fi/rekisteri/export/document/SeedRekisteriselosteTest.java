package fi.rekisteri.export.document;

import static fi.rekisteri.export.TestRegisters.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed register, rendered as a Finnish rekisteriseloste, says what the seed statement says. */
class SeedRekisteriselosteTest {

    /** The seed's own headings, in its order; two differ in wording from the customary ones we print. */
    private static final List<String> SEED_HEADINGS = List.of(
            "Rekisterinpitäjä",
            "Yhteystiedot rekisteriä koskevissa asioissa",
            "Rekisterin nimi",
            "Rekisterin käyttötarkoitus",
            "Rekisterin tietosisältö",
            "Säännönmukaiset tietolähteet",
            "Säännönmukaiset tietojen luovutukset",
            "Tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle",
            "Rekisterin suojauksen periaatteet");

    private static Outline finnish() {
        return Documents.outline(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI);
    }

    @Test
    void rendersTheSeedAsTextExactlyAsTheGoldenFile() {
        assertEquals(resource("/golden/mainostakomo-rekisteriseloste-fi.txt"),
                Documents.renderToString(finnish(), DocumentFormat.TEXT));
    }

    @Test
    void rendersTheSeedAsMarkdownExactlyAsTheGoldenFile() {
        assertEquals(resource("/golden/mainostakomo-rekisteriseloste-fi.md"),
                Documents.renderToString(finnish(), DocumentFormat.MARKDOWN));
    }

    @Test
    void rendersTheSeedAsAFinnishPrivacyNoticeExactlyAsTheGoldenFile() {
        assertEquals(resource("/golden/mainostakomo-tietosuojaseloste-fi.txt"), Documents.renderToString(
                Documents.outline(TestRegisters.seed(), DocumentType.ART_13_NOTICE, Language.FI), DocumentFormat.TEXT));
    }

    @Test
    void givesTheSeedStatementsContentSectionBySection() {
        List<String> expected = sections(resource("/seed/mainostakomo-rekisteriseloste.txt"), SEED_HEADINGS);
        Outline outline = finnish();
        List<String> headings = outline.sections().stream().map(s -> s.number() + ". " + s.heading()).toList();
        List<String> actual = sections(Documents.renderToString(outline, DocumentFormat.TEXT), headings);
        assertEquals(9, actual.size());
        // §10 asks for the groups of data subjects, which the seed's own statement left out: they come first in
        // section 5, and the categories, as the seed has them, follow under their label.
        String groups = "Rekisteröityjen ryhmät: - Asiakkaat - Asiakkaan yhteyshenkilöt - Asiakkaan ilmoittamat tai"
                + " asiakaspalveluun yhteydessä olleet käyttäjät - Palvelujen teknisestä ylläpidosta vastaavat henkilöt"
                + " Henkilötietoryhmät: ";
        assertTrue(actual.get(4).contains(groups), actual.get(4));
        actual.set(4, actual.get(4).replace(groups, ""));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "section " + (i + 1) + " (" + SEED_HEADINGS.get(i) + ")");
        }
    }

    /**
     * The content under each heading, whitespace collapsed: the seed runs its "Muualta hankittavat tiedot" lead-in
     * into the previous bullet, which only a line break tells apart from our layout.
     */
    private static List<String> sections(String text, List<String> headings) {
        List<String> lines = text.lines().toList();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (String heading : headings) {
            int at = lines.subList(from, lines.size()).indexOf(heading);
            if (at < 0) {
                throw new AssertionError("heading '" + heading + "' not found after line " + from);
            }
            starts.add(from + at);
            from = from + at + 1;
        }
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
            String body = String.join("\n", lines.subList(starts.get(i) + 1, end));
            sections.add(body.replaceAll("\\s+", " ").strip());
        }
        return sections;
    }
}
