package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Every HTML document type, in every language, with and without a findings box, checked by axe-core in headless
 * chromium at WCAG 2.1 AA; and the page reflows to a phone's width with a category hierarchy as deep as the model
 * allows.
 *
 * <p>An integration test (failsafe) rather than a unit test: it needs programs from outside the build (Debian's
 * chromium and chromium-driver, and axe-core, which the {@code axe} profile fetches with npm in the
 * pre-integration-test phase) and takes seconds to start a browser, so {@code mvn test} stays self-contained and
 * fast while {@code mvn verify} runs it. Without chromium it is skipped with the command that installs it, unless
 * {@code CI=true}, where it fails.
 */
class HtmlAccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";

    /** Runs axe on the page and hands back one line per violation (with the failing elements under it). */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n'
                    + v.nodes.map(n => '    ' + n.target.join(' ') + ': '
                        + (n.failureSummary || '').replace(/\\s+/g, ' ')).join('\\n'))))
                .catch(e => done(['axe-core failed: ' + e]));
            """;

    @TempDir
    static Path pages;

    private static ChromeDriver browser;
    private static String axeScript;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(System.getProperty("rekisteri.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("rekisteri.chromedriver", "/usr/bin/chromedriver"));
        String axe = System.getProperty("rekisteri.axeScript", "");
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            unavailable("HtmlAccessibilityIT needs Debian's chromium and chromium-driver (" + chromium + ", "
                    + chromedriver + "), not found: install them with `" + INSTALL + "` (as root), then run "
                    + "`mvn verify` again, which fetches axe-core with npm.");
        }
        if (axe.isEmpty() || !Files.isRegularFile(Path.of(axe))) {
            unavailable("HtmlAccessibilityIT needs axe-core at " + (axe.isEmpty() ? "rekisteri.axeScript" : axe)
                    + ", which `mvn verify` fetches with npm (the axe profile, active where /usr/bin/chromedriver "
                    + "exists): run it through Maven, with npm on the PATH.");
        }
        axeScript = Files.readString(Path.of(axe), StandardCharsets.UTF_8);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // No sandbox: CI runs as root, where chromium refuses to start with one.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--allow-file-access-from-files");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    /** Skipped on a developer's machine, failed in CI: a CI run that checks nothing must not pass. */
    private static void unavailable(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: the test cannot be skipped)");
        }
        // Printed as well: the build's summary counts a class skipped in @BeforeAll as no test at all.
        System.err.println("HtmlAccessibilityIT SKIPPED: " + message);
        Assumptions.abort(message);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (Language language : Language.values()) {
                documents.add(Arguments.of(type, language, "seed, findings box",
                        Documents.checkedOutline(TestRegisters.seed(), type, language)));
                documents.add(Arguments.of(type, language, "seed, no box",
                        Documents.outline(TestRegisters.seed(), type, language)));
                documents.add(Arguments.of(type, language, "every part of the model",
                        Documents.checkedOutline(TestRegisters.maximal(), type, language)));
            }
        }
        for (Language language : Language.values()) {
            documents.add(Arguments.of(Documents.noticeType(TestRegisters.seed()), language,
                    "first layer of the seed, findings box",
                    DocumentSource.firstLayer(TestRegisters.seed(), language).outline()));
            // This register gives the full notice's address, which the first layer links to.
            documents.add(Arguments.of(Documents.noticeType(TestRegisters.parties()), language,
                    "first layer with a link to the full notice",
                    Documents.firstLayer(TestRegisters.parties(), language)));
            // And its full notice, which opens with a link to the first layer.
            documents.add(Arguments.of(Documents.noticeType(TestRegisters.parties()), language,
                    "full notice with a link to its first layer",
                    Documents.outline(TestRegisters.parties(), Documents.noticeType(TestRegisters.parties()),
                            language)));
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("documents")
    void hasNoWcag21AaViolation(DocumentType type, Language language, String register, Outline outline)
            throws IOException {
        open(outline, type.code() + "-" + language.tag() + "-" + register.hashCode());
        long boxes = outline.preamble().stream().filter(Block.Notice.class::isInstance).count();
        assertEquals(register.endsWith("findings box") ? 1 : boxes, boxes, "the seed has findings");
        assertEquals(boxes, browser.findElements(By.cssSelector("aside.notice")).size(), "findings boxes on the page");
        List<String> violations = axe();
        assertTrue(violations.isEmpty(), () -> violations.size() + " WCAG 2.1 AA violation(s) in " + type.code()
                + " (" + language.tag() + ", " + register + "):\n" + String.join("\n", violations));
    }

    /** The check itself can fail: a page without a language, with faint text and an image without text. */
    @Test
    void reportsTheViolationsOfABrokenPage() throws IOException {
        Path page = pages.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>x</title></head><body><main>"
                + "<p style=\"color:#bbb\">faint</p><img src=\"none.png\"></main></body></html>");
        browser.get(page.toUri().toString());
        String violations = String.join("\n", axe());
        for (String rule : List.of("html-has-lang", "color-contrast", "image-alt")) {
            assertTrue(violations.contains(rule + " ("), rule + " in " + violations);
        }
    }

    @Test
    void usesThePinnedAxeCore() throws IOException {
        open(Documents.outline(TestRegisters.seed(), DocumentType.REKISTERISELOSTE, Language.FI), "version");
        browser.executeScript(axeScript);
        assertEquals(System.getProperty("rekisteri.axeVersion"), browser.executeScript("return axe.version;"));
    }

    /**
     * WCAG 1.4.10 (reflow): at 320 CSS pixels nothing scrolls sideways, not even a hierarchy of
     * {@value CategoryHierarchy#MAX_DEPTH} levels, whose deepest level still has room to be read.
     */
    @Test
    void reflowsToAPhonesWidthWithTheDeepestHierarchy() throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            open(Documents.checkedOutline(TestRegisters.seed(), DocumentType.ART_13_NOTICE, Language.FI), "phone");
            assertEquals(320L, browser.executeScript("return window.innerWidth;"));
            assertEquals(0L, sidewaysOverflow(), "the seed's notice scrolls sideways at 320 px");

            open(Documents.checkedOutline(TestRegisters.deepHierarchy(), DocumentType.REKISTERISELOSTE, Language.FI),
                    "deep");
            assertEquals(0L, sidewaysOverflow(), "the deep hierarchy scrolls sideways at 320 px");
            @SuppressWarnings("unchecked")
            List<Object> deepest = (List<Object>) browser.executeScript("""
                    let deepest = null;
                    for (const li of document.querySelectorAll('main li')) {
                        let depth = 0;
                        for (let e = li; e; e = e.parentElement.closest('li')) depth++;
                        if (!deepest || depth > deepest.depth) deepest = {depth, li};
                    }
                    return [deepest.depth, deepest.li.firstChild.textContent.trim(),
                            Math.round(deepest.li.getBoundingClientRect().width)];""");
            assertEquals((long) CategoryHierarchy.MAX_DEPTH, deepest.get(0));
            assertEquals("Taso " + CategoryHierarchy.MAX_DEPTH + " " + TestRegisters.DEEP_CATEGORY_NAME,
                    deepest.get(1));
            long width = (Long) deepest.get(2);
            assertTrue(width >= 140, "the deepest level is " + width + " px wide at 320 px, too narrow to read");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static Object sidewaysOverflow() {
        return browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private static void open(Outline outline, String name) throws IOException {
        Path page = pages.resolve(name + ".html");
        Files.writeString(page, Documents.renderToString(outline, DocumentFormat.HTML), StandardCharsets.UTF_8);
        browser.get(page.toUri().toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe() {
        browser.executeScript(axeScript);
        return (List<String>) browser.executeAsyncScript(RUN_AXE, WCAG_21_AA);
    }
}
