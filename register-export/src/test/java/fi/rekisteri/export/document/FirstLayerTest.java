package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/**
 * The first layer of the privacy notice: what it must say in every language and format, what it leaves to the full
 * notice, that HTML links to the full notice and the full notice to it, that PDF prints both addresses as text, and
 * that a first layer without the full notice's address is a finding. Built from {@link FactWalkTest#full()}, which fills every field.
 */
class FirstLayerTest {

    private static final List<DocumentFormat> FORMATS = List.of(DocumentFormat.TEXT, DocumentFormat.MARKDOWN,
            DocumentFormat.HTML, DocumentFormat.PDF);
    private static final Register REGISTER = FactWalkTest.full();

    private static Function<Language, String> words(String fi, String sv, String en) {
        return language -> switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    private static Function<Language, String> text(LocalizedText text) {
        return language -> text.resolve(language).text();
    }

    /** What the first layer says: WP260 rev.01 paragraph 36's first layer, in the library's words. */
    private static final Map<String, Function<Language, String>> SHOWN = Map.ofEntries(
            Map.entry("title", words("Tietosuojaseloste lyhyesti", "Dataskyddsbeskrivning i korthet",
                    "Privacy notice in brief")),
            Map.entry("register name", text(REGISTER.name())),
            Map.entry("controller name", l -> "Rekisterinpitäjä Oy"),
            Map.entry("controller e-mail", l -> "ctrl@example.fi"),
            Map.entry("contact point", l -> "Asiakaspalvelu"),
            Map.entry("dpo", l -> "Tiina Tietosuoja"),
            Map.entry("purpose with basis in words", words("Palvelun tuottaminen – oikeusperuste: sopimus",
                    "Tillhandahållande av tjänsten – rättslig grund: avtal",
                    "Providing the service – legal basis: contract")),
            Map.entry("second purpose", text(REGISTER.purposes().get(1).name())),
            Map.entry("right of access", words("Oikeus saada pääsy tietoihin", "Rätt till tillgång",
                    "Right of access")),
            Map.entry("portability (contract, consent)", words("Oikeus siirtää tiedot", "Rätt till dataportabilitet",
                    "Right to data portability")),
            Map.entry("withdrawal (consent)", words("Oikeus peruuttaa suostumus", "Rätt att när som helst återkalla",
                    "Right to withdraw consent")),
            Map.entry("supervisory authority", words("tietosuojavaltuutetulle", "dataombudsmannen",
                    "Data Protection Ombudsman")),
            Map.entry("how to use the rights", words("Voit käyttää oikeuksiasi", "Du kan utöva dina rättigheter",
                    "You can exercise your rights")),
            Map.entry("full notice address", text(REGISTER.metadata().noticeUrl().orElseThrow())));

    /** What it leaves to the full notice (WP260 rev.01 paragraph 38): the details a reader follows the link for. */
    private static final Map<String, Function<Language, String>> LEFT_OUT = Map.of(
            "purpose description (the full notice's)", text(REGISTER.purposes().get(0).description().orElseThrow()),
            "data categories", text(REGISTER.dataCategories().get(2).name()),
            "security measures", text(REGISTER.security().general().orElseThrow()),
            "articles of the legal bases", words("6 artiklan 1 kohdan b", "artikel 6.1 b", "Article 6(1)(b)"));

    private static String rendered(Language language, DocumentFormat format) {
        return FactWalkTest.plain(Documents.firstLayer(REGISTER, language), format);
    }

    @Test
    void saysWhatTheFirstLayerMustInEveryLanguageAndFormat() {
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (Language language : Language.values()) {
            for (DocumentFormat format : FORMATS) {
                String text = rendered(language, format);
                // A PDF line may wrap anywhere: compare PDF text without spaces.
                Function<String, String> squeeze = format == DocumentFormat.PDF ? s -> s.replace(" ", "") : s -> s;
                SHOWN.forEach((fact, expected) -> {
                    if (!squeeze.apply(text).contains(squeeze.apply(expected.apply(language)))) {
                        missing.add(fact + " in " + language + "/" + format + ": " + expected.apply(language));
                    }
                });
                LEFT_OUT.forEach((fact, unexpected) -> {
                    if (squeeze.apply(text).contains(squeeze.apply(unexpected.apply(language)))) {
                        present.add(fact + " in " + language + "/" + format);
                    }
                });
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(List.of(), present, "the first layer leaves these to the full notice");
    }

    @Test
    void theFullNoticeAddressIsAWebLinkField() {
        Outline outline = Documents.firstLayer(REGISTER, Language.SV);
        Block.Fields fields = (Block.Fields) outline.sections().get(outline.sections().size() - 1).blocks().get(1);
        assertEquals(new Block.Field("Hela beskrivningen", "https://walk.example.fi/sv/dataskydd", true),
                fields.fields().get(0));
    }

    @Test
    void anAddressThatIsNotOnTheWebIsTextNotALink() {
        Register register = REGISTER.toBuilder().metadata(DocumentMetadata.none()
                .withNoticeUrl(LocalizedText.of(Language.FI, "javascript:alert(1)"))
                .withFirstLayerUrl(LocalizedText.of(Language.FI, "javascript:alert(2)"))).build();
        String html = Documents.renderToString(Documents.firstLayer(register, Language.FI), DocumentFormat.HTML);
        assertTrue(html.contains("javascript:alert(1)"));
        assertFalse(html.contains("href=\"javascript"), html);
        String notice = Documents.renderToString(Documents.outline(register, Documents.noticeType(register),
                Language.FI), DocumentFormat.HTML);
        assertTrue(notice.contains("<dd>javascript:alert(2)</dd>"), notice);
        assertFalse(notice.contains("href=\"javascript"), notice);
        assertThrows(IllegalArgumentException.class, () -> new Block.Field("x", "javascript:alert(1)", true));
    }

    /** The full notice's words before its first layer's address, per language, as the bundles should have them. */
    private static final Function<Language, String> SUMMARY = words("Tiivistelmä tästä selosteesta",
            "Sammanfattning av denna beskrivning", "Summary of this notice");

    @Test
    void theFullNoticeOpensWithALinkToItsFirstLayerInEveryLanguage() throws IOException {
        for (Language language : Language.values()) {
            String url = REGISTER.metadata().firstLayerUrl().orElseThrow().resolve(language).text();
            Outline outline = Documents.outline(REGISTER, Documents.noticeType(REGISTER), language);
            assertEquals(new Block.Fields(List.of(new Block.Field(SUMMARY.apply(language), url, true))),
                    outline.preamble().get(0));
            String html = Documents.renderToString(outline, DocumentFormat.HTML);
            int link = html.indexOf("<dt>" + SUMMARY.apply(language) + "</dt><dd><a href=\"" + url + "\">" + url
                    + "</a></dd>");
            assertTrue(link > 0 && link < html.indexOf("</header>"), html);
            assertTrue(Documents.renderToString(outline, DocumentFormat.MARKDOWN)
                    .contains("- **" + SUMMARY.apply(language) + ":** <" + url + ">\n"));
            String text = Documents.renderToString(outline, DocumentFormat.TEXT);
            assertTrue(text.contains(SUMMARY.apply(language) + ": " + url + "\n"), text);
            assertTrue(text.indexOf(url) < text.indexOf("\n1. "), "before the first section");
            byte[] pdf = pdf(outline);
            assertEquals(0, links(pdf), "a link annotation fails PDF/UA-1 7.18.5");
            assertTrue(FactWalkTest.plain(outline, DocumentFormat.PDF).replace(" ", "").contains(url));
        }
    }

    @Test
    void onlyThePrivacyNoticePointsToTheFirstLayer() {
        for (DocumentType type : List.of(DocumentType.REKISTERISELOSTE, DocumentType.ART_30_RECORD)) {
            String text = Documents.renderToString(Documents.outline(REGISTER, type, Language.FI),
                    DocumentFormat.TEXT);
            assertFalse(text.contains(SUMMARY.apply(Language.FI)), type.code());
        }
        Register without = REGISTER.toBuilder().metadata(DocumentMetadata.of("4.2", LocalDate.of(2026, 11, 30)))
                .build();
        Outline notice = Documents.outline(without, Documents.noticeType(without), Language.FI);
        assertFalse(Documents.renderToString(notice, DocumentFormat.TEXT).contains(SUMMARY.apply(Language.FI)));
    }

    @Test
    void theFirstLayerHtmlLinksToTheFullNoticeAndItsPdfPrintsTheAddress() throws IOException {
        for (Language language : Language.values()) {
            String url = REGISTER.metadata().noticeUrl().orElseThrow().resolve(language).text();
            Outline outline = Documents.firstLayer(REGISTER, language);
            String html = Documents.renderToString(outline, DocumentFormat.HTML);
            assertTrue(html.contains("<a href=\"" + url + "\">" + url + "</a>"), html);
            assertEquals(0, links(pdf(outline)));
        }
    }

    @Test
    void aFirstLayerWithoutTheFullNoticeAddressIsFoundAndBoxed() {
        Register register = REGISTER.toBuilder().metadata(DocumentMetadata.none()).build();
        DocumentSource layer = DocumentSource.firstLayer(register, Language.EN);
        assertEquals(List.of("metadata.noticeUrl"), layer.report().findings(Rule.FIRST_LAYER_NOTICE_URL).stream()
                .map(Finding::path).toList());
        Block box = layer.outline().preamble().get(0);
        assertTrue(box instanceof Block.Notice notice && notice.items().stream()
                .anyMatch(item -> item.text().contains("first-layer.notice-url")), box.toString());
        DocumentSource full = DocumentSource.of(register, Documents.noticeType(register), Language.EN);
        assertEquals(List.of(), full.report().findings(Rule.FIRST_LAYER_NOTICE_URL));
        assertEquals(List.of(), DocumentSource.firstLayer(REGISTER, Language.EN).report()
                .findings(Rule.FIRST_LAYER_NOTICE_URL));
    }

    private static byte[] pdf(Outline outline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.renderer(DocumentFormat.PDF).render(outline, out);
        return out.toByteArray();
    }

    private static int links(byte[] pdf) throws IOException {
        int links = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink) {
                        links++;
                    }
                }
            }
        }
        return links;
    }

    @Test
    void withoutAnAddressItSaysTheFullNoticeIsAvailableFromTheController() {
        Register register = REGISTER.toBuilder().metadata(DocumentMetadata.none()).build();
        String text = Documents.renderToString(Documents.firstLayer(register, Language.EN), DocumentFormat.TEXT);
        assertTrue(text.contains("The full privacy notice is available from the controller."), text);
    }

    @Test
    void isCheckedAndWrittenAsTheNoticeItSummarises() throws IOException {
        DocumentSource source = DocumentSource.firstLayer(REGISTER, Language.FI);
        assertEquals(Documents.noticeType(REGISTER), source.type());
        assertEquals(Documents.noticeType(REGISTER), Documents.firstLayer(REGISTER, Language.FI).type());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentFormat.MARKDOWN.write(source, out);
        String markdown = out.toString(StandardCharsets.UTF_8);
        assertTrue(markdown.contains("Tietosuojaseloste lyhyesti"), markdown);
        assertThrows(IllegalArgumentException.class, () -> DocumentFormat.CSV.write(source, out));
        assertTrue(source.toString().contains("first layer"));
        assertFalse(source.toString().contains("Rekisterinpitäjä"));
        assertTrue(DocumentType.ART_13_NOTICE == source.type() || DocumentType.ART_14_NOTICE == source.type());
    }
}
