package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code rekisteri} command line shown in the top-level README and in {@code docs/*.md} runs, in-process, and
 * gives the exit code and the kind of output the documents describe. The command lines are taken from the documents
 * as written; only their relative paths are resolved (the example register's against the repository root, the others'
 * against a directory holding a copy of it as {@code register.yaml}, as a reader's working directory would).
 */
class DocumentedCommandsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path CLI_DOC = Path.of("docs/cli.md");
    private static final Pattern COMMAND = Pattern.compile("rekisteri\\.jar\\s+(.*)");
    /** A synopsis rather than an example: placeholders, alternatives or optional parts. */
    private static final Pattern SYNOPSIS = Pattern.compile(".*(\\bFILE\\b|\\bOUT\\b|\\||\\[).*");
    private static final Set<String> OPTIONS_WITH_VALUES =
            Set.of("--type", "--lang", "--format", "--findings", "--template", "-o", "--output");
    /** The command whose output docs/cli.md shows, in part, after naming it. */
    private static final String SAMPLED_COMMAND = "check register.yaml --type art13";

    private record Result(int exit, String out, String err, Path dir) {
        String file(String name) throws IOException {
            return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        }

        String fileStart(String name, int length) throws IOException {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            return new String(bytes, 0, Math.min(length, bytes.length), StandardCharsets.ISO_8859_1);
        }
    }

    private interface Expectation {
        void check(Result result) throws IOException;
    }

    /** What each documented example does on the example register: exit code, and what it prints or writes. */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("render examples/mainostakomo/register.yaml --type rekisteriseloste --lang fi --format text", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.out().startsWith("Rekisteriseloste\nMainostakomon internetpalvelujen"), r.out());
                assertTrue(r.out().contains("*** Tarkistuksen havainnot"), "the findings box");
                assertEquals("", r.err());
            }),
            Map.entry("render register.yaml --type tietosuojaseloste --lang sv --format pdf -o dataskyddsbeskrivning.pdf", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.fileStart("dataskyddsbeskrivning.pdf", 5).equals("%PDF-"), "a PDF file");
                assertEquals("", r.out());
            }),
            Map.entry("render register.yaml --type tietosuojaseloste --format html --findings refuse -o notice.html", r -> {
                assertEquals(1, r.exit(), "the example register has ERROR findings for the notice");
                assertFalse(Files.exists(r.dir().resolve("notice.html")), "nothing is written");
                assertTrue(r.err().contains("ERROR   purpose.legal-basis at purposes[0].legalBasis"), r.err());
            }),
            Map.entry("check register.yaml --type art13 --lang en", r -> {
                assertEquals(1, r.exit(), r.err());
                assertTrue(r.out().contains("ERROR   purpose.legal-basis at purposes[0].legalBasis: The purpose"),
                        r.out());
                assertTrue(r.out().endsWith("art13: 12 errors, 9 warnings, 1 info\n"), r.out());
            }),
            Map.entry("render register.yaml --type art30 --format csv -o art30.csv", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.file("art30.csv").startsWith("Rekisteri,Rekisterinpitäjä,"), "the Art. 30 CSV");
                assertTrue(r.err().contains("art30: 0 errors, 18 warnings, 1 info"), "the findings' count");
            }),
            Map.entry("render register.yaml --type art30 --format xlsx -o art30.xlsx", r -> {
                assertEquals(0, r.exit(), r.err());
                assertEquals("PK\u0003\u0004", r.fileStart("art30.xlsx", 4), "a zip: the XLSX workbook");
                assertTrue(r.err().contains("the XLSX has no place for the compliance findings (art30: 0 errors, 18 warnings, 1 info)"), r.err());
            }),
            Map.entry("render register.yaml --type art30 --format csv --bom -o art30-excel.csv", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.file("art30-excel.csv").startsWith("\uFEFFRekisteri,Rekisterinpitäjä,"),
                        "the byte order mark, then the CSV");
            }),
            Map.entry("render register.yaml --format jsonld -o register.jsonld", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.file("register.jsonld").contains("\"@context\""), "JSON-LD");
            }),
            Map.entry("render examples/organisaatio/asiakkaat.yaml examples/organisaatio/henkilosto.yaml"
                    + " examples/organisaatio/terveyspalvelut.yaml --type art30 --format xlsx -o seloste.xlsx", r -> {
                assertEquals(0, r.exit(), r.err());
                assertEquals("PK\u0003\u0004", r.fileStart("seloste.xlsx", 4), "a zip: the XLSX workbook");
                assertTrue(r.err().contains("the XLSX has no place for the compliance findings (art30: 3 errors,"),
                        r.err());
            }),
            Map.entry("render examples/organisaatio/asiakkaat.yaml examples/organisaatio/henkilosto.yaml --type art30",
                    r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.out().startsWith("Seloste käsittelytoimista\nEsimerkki Oy\n"), r.out());
                assertTrue(r.out().contains("Laskutus") && r.out().contains("Palkanmaksu"), r.out());
                assertTrue(r.out().contains("henkilosto.yaml: VIRHE disclosure.missing"), r.out());
            }),
            Map.entry("convert register.yaml -o register.json", r -> {
                assertEquals(0, r.exit(), r.err());
                assertEquals(RegisterReader.create().read(r.dir().resolve("register.yaml")),
                        RegisterReader.create().read(r.dir().resolve("register.json")), "an equal register");
            }),
            Map.entry("convert examples/organisaatio --format json -o organisaatio-json", r -> {
                assertEquals(0, r.exit(), r.err());
                for (String name : List.of("asiakkaat", "henkilosto", "terveyspalvelut")) {
                    assertEquals(RegisterReader.create().read(ROOT.resolve("examples/organisaatio/" + name + ".yaml")),
                            RegisterReader.create().read(r.dir().resolve("organisaatio-json/" + name + ".json")),
                            name);
                }
                assertFalse(Files.exists(r.dir().resolve("organisaatio-json/rules.json")), "the rules stay out");
            }),
            Map.entry("diff examples/verkkokauppa/register-2025.yaml examples/verkkokauppa/register.yaml", r -> {
                assertEquals(1, r.exit(), "the versions differ: " + r.err());
                assertTrue(r.out().contains("added purposes purposes[4]: Kävijämäärien ja sivuston käytön analysointi"
                        + " [prior notice: new-purpose]\n"), r.out());
                assertTrue(r.out().contains("changed retention retention[1]: Nimi ja sähköpostiosoite, Toimitusosoite,"
                        + " Puhelinnumero: 2 vuotta viimeisestä tilauksesta [prior notice: longer-retention]\n"),
                        r.out());
                assertFalse(r.out().contains("jointControl"), "the joint control is the same in both: " + r.out());
                assertEquals("", r.err());
            }),
            Map.entry("diff examples/verkkokauppa/register-2025.yaml examples/verkkokauppa/register.yaml --format html"
                    + " --lang sv -o andringar.html", r -> {
                assertEquals(1, r.exit(), r.err());
                String html = r.file("andringar.html");
                assertTrue(html.contains("<html lang=\"sv\">"), html);
                assertTrue(html.contains("Ändringar 1.10.2026"), html);
                assertEquals("", r.out());
            }),
            Map.entry("--help", r -> {
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.out().startsWith("Usage: rekisteri"), r.out());
            }));

    @TempDir
    Path temp;

    @Test
    void everyDocumentedExampleIsCheckedHere() throws IOException {
        assertEquals(new TreeSet<>(EXPECTED.keySet()), new TreeSet<>(documentedCommands(false)),
                "the examples in README.md and docs/*.md, and the ones this test knows what to expect of");
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedExampleGivesTheDocumentedResult() {
        return EXPECTED.entrySet().stream().map(example -> DynamicTest.dynamicTest(example.getKey(), () ->
                example.getValue().check(run(example.getKey()))));
    }

    /** Each value the synopses list for an option is accepted (with a type the value goes with). */
    @TestFactory
    Stream<DynamicTest> everyValueOfTheSynopsesIsAccepted() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String synopsis : documentedCommands(true)) {
            String[] words = synopsis.split("\\s+");
            String command = words[0];
            for (int i = 1; i + 1 < words.length; i++) {
                String option = words[i].replace("[", "");
                if (!option.equals("--type") && !option.equals("--lang") && !option.equals("--format")) {
                    continue;
                }
                for (String value : words[i + 1].replace("]", "").split("\\|")) {
                    // A format that writes the Art. 30 record alone (csv, xlsx) is shown with that type.
                    String extra = command.equals("render") && option.equals("--format")
                            && !fi.rekisteri.export.document.DocumentFormat
                            .ofCode(value).supports(fi.rekisteri.core.compliance.DocumentType.REKISTERISELOSTE)
                            ? " --type art30" : "";
                    String line = command + " register.yaml " + option + " " + value + extra
                            + (command.equals("render") ? " -o out." + value : "");
                    tests.add(DynamicTest.dynamicTest(line, () -> {
                        Result result = run(line);
                        assertTrue(command.equals("check") ? result.exit() <= 1 : result.exit() == 0,
                                () -> line + " exits " + result.exit() + ": " + result.err());
                    }));
                }
            }
        }
        assertFalse(tests.isEmpty(), "the README's synopsis lists option values");
        return tests.stream();
    }

    @Test
    void theSampleOutputIsWhatItsCommandPrints() throws IOException {
        Result r = run(SAMPLED_COMMAND);
        assertEquals(1, r.exit(), r.err());
        List<String> printed = r.out().lines().toList();
        for (String line : sampleOutput()) {
            assertTrue(printed.contains(line),
                    () -> "docs/cli.md shows a line " + SAMPLED_COMMAND + " does not print: " + line + "\n" + r.out());
        }
    }

    @Test
    void theSampleOutputIsIntroducedByTheCommandThatPrintsIt() throws IOException {
        List<String> doc = Files.readAllLines(CLI_DOC, StandardCharsets.UTF_8);
        int sample = doc.indexOf(sampleOutput().get(0)) - 1;
        assertTrue(sample > 0 && doc.get(sample).equals("```"), "docs/cli.md shows check's output in a block");
        String before = doc.get(sample - 1).isBlank() ? doc.get(sample - 2) : doc.get(sample - 1);
        assertTrue(before.contains("`" + SAMPLED_COMMAND + "`"), () -> "the line before the sample: " + before);
    }

    private Result run(String commandLine) throws IOException {
        Path dir = Files.createTempDirectory(temp, "run");
        CliRun cli = new CliRun(dir);
        List<String> args = new ArrayList<>();
        String[] words = commandLine.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String previous = i == 0 ? "" : words[i - 1];
            if (previous.equals("-o") || previous.equals("--output") || previous.equals("--template")) {
                args.add(dir.resolve(word).toString());
            } else if (i > 0 && !word.startsWith("-") && !OPTIONS_WITH_VALUES.contains(previous)) {
                args.add((word.startsWith("examples/") ? ROOT.resolve(word) : dir.resolve(word)).toString());
            } else {
                args.add(word);
            }
        }
        int exit = cli.run(args.toArray(String[]::new));
        return new Result(exit, cli.out(), cli.err(), dir);
    }

    /** The rekisteri command lines of the documents' code blocks, in order: the synopses, or the examples. */
    private static List<String> documentedCommands(boolean synopses) throws IOException {
        Set<String> commands = new LinkedHashSet<>();
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        for (Path document : documents) {
            for (String line : codeLines(document)) {
                Matcher command = COMMAND.matcher(line);
                if (command.find() && SYNOPSIS.matcher(command.group(1)).matches() == synopses) {
                    commands.add(command.group(1).strip());
                }
            }
        }
        return List.copyOf(commands);
    }

    /** The lines of a document's sh and unlabelled code blocks, continuation lines ({@code \}) joined. */
    private static List<String> codeLines(Path document) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean inBlock = false;
        boolean shell = false;
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                shell = !inBlock && (line.equals("```") || line.equals("```sh"));
                inBlock = !inBlock;
            } else if (inBlock && shell) {
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                } else {
                    lines.add(pending.append(line).toString().replaceAll("\\s+", " "));
                    pending.setLength(0);
                }
            }
        }
        return lines;
    }

    /** The lines of the output docs/cli.md shows: its code block that holds no command. */
    private static List<String> sampleOutput() throws IOException {
        List<String> sample = new ArrayList<>();
        boolean inBlock = false;
        List<String> block = new ArrayList<>();
        for (String line : Files.readAllLines(CLI_DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                if (inBlock && block.stream().noneMatch(l -> l.contains("rekisteri.jar"))) {
                    sample.addAll(block);
                }
                block.clear();
                inBlock = !inBlock;
            } else if (inBlock) {
                block.add(line);
            }
        }
        assertFalse(sample.isEmpty(), "docs/cli.md shows the output of check");
        return sample;
    }
}
