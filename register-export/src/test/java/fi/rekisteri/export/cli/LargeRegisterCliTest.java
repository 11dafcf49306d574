package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Registers as large as the reader accepts go through every command and text format in-process: 60,000 categories
 * without retention, one purpose naming 40,000 categories, 50,000 purposes. Correctness and exit statuses only; the
 * times are measured outside unit tests.
 */
class LargeRegisterCliTest {

    private static final String HEAD = "formatVersion: 1\nkey: r\nname: {fi: Rekisteri}\ncontroller: {name: Oy}\n";

    @TempDir
    Path dir;

    private static String register(String shape) {
        StringBuilder yaml = new StringBuilder(HEAD);
        switch (shape) {
            case "categories" -> {
                yaml.append("dataCategories:\n");
                for (int i = 0; i < 60_000; i++) {
                    yaml.append("  - {key: c").append(i).append(", name: {fi: Luokka ").append(i).append("}}\n");
                }
                yaml.append("purposes:\n  - {key: p, name: {fi: P}, legalBasis: contract, categories: [c0]}\n");
            }
            case "purpose-categories" -> {
                yaml.append("dataCategories:\n");
                for (int i = 0; i < 40_000; i++) {
                    yaml.append("  - {key: c").append(i).append(", name: {fi: Luokka ").append(i).append("}}\n");
                }
                yaml.append("purposes:\n  - key: p\n    name: {fi: P}\n    legalBasis: contract\n    categories:\n");
                for (int i = 0; i < 40_000; i++) {
                    yaml.append("      - c").append(i).append('\n');
                }
            }
            case "purposes" -> {
                yaml.append("dataCategories:\n  - {key: c, name: {fi: C}}\npurposes:\n");
                for (int i = 0; i < 50_000; i++) {
                    yaml.append("  - {key: p").append(i).append(", name: {fi: T").append(i)
                            .append("}, legalBasis: contract, categories: [c]}\n");
                }
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return yaml.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"categories", "purpose-categories", "purposes"})
    void checkRenderAndConvertGoThroughARegisterAsLargeAsTheReaderTakes(String shape) throws IOException {
        String yaml = register(shape);
        assertTrue(yaml.length() <= ReadLimits.defaults().maxDocumentChars(), "within the reader's limit");
        Path file = Files.writeString(dir.resolve(shape + ".yaml"), yaml);
        String last = shape.equals("purposes") ? "T49999" : "Luokka 39999";

        CliRun check = new CliRun(dir);
        assertEquals(1, check.run("check", file.toString()), check.err());
        String summary = check.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(summary.startsWith("art13: "), summary);
        if (shape.equals("categories")) {
            // Every category lacks a retention rule: one finding each, none dropped.
            assertEquals(60_000, check.out().lines().filter(l -> l.contains("data-category.retention")).count());
        }

        for (List<String> render : List.of(List.of("text"), List.of("md"), List.of("html"),
                List.of("csv", "--type", "art30"), List.of("jsonld"))) {
            Path out = dir.resolve(shape + "." + render.get(0));
            CliRun cli = new CliRun(Files.createDirectories(dir.resolve(render.get(0) + "-" + shape)));
            List<String> args = new java.util.ArrayList<>(List.of("render", file.toString(), "--format"));
            args.addAll(render);
            args.addAll(List.of("-o", out.toString()));
            assertEquals(0, cli.run(args.toArray(String[]::new)), render + ": " + cli.err());
            String written = Files.readString(out);
            if (!render.get(0).equals("csv") || shape.equals("purposes")) {
                assertTrue(written.contains(shape.equals("purposes") ? "T49999" : last) || written.contains("c39999"),
                        render + " holds the last part");
            }
        }

        for (String format : List.of("json", "yaml")) {
            CliRun convert = new CliRun(Files.createDirectories(dir.resolve("convert-" + format + "-" + shape)));
            Path converted = dir.resolve(shape + "-converted." + format);
            int status = convert.run("convert", file.toString(), "-o", converted.toString());
            if (Files.exists(converted)) {
                assertEquals(0, status, convert.err());
                // Whatever convert writes, the reader takes back with its default limits, every part kept.
                assertEquals(RegisterReader.create().read(file), RegisterReader.create().read(converted),
                        "the conversion keeps every part");
            } else {
                assertEquals(2, status, convert.err());
                assertTrue(convert.err().contains("more than the 4194304 the reader accepts")
                        && convert.err().contains("nothing was written"), convert.err());
            }
        }
    }

    @Test
    void convertRefusesToWriteJsonTheReaderWouldRefuse() throws IOException {
        // 50,000 purposes: 3,827,903 characters of one-line YAML become 6,528,010 of indented JSON.
        Path file = Files.writeString(dir.resolve("purposes.yaml"), register("purposes"));
        Path json = dir.resolve("purposes.json");
        CliRun convert = new CliRun(dir);

        assertEquals(2, convert.run("convert", file.toString(), "-o", json.toString()), convert.err());

        assertTrue(convert.err().startsWith("rekisteri: the json of this register has ")
                && convert.err().contains("characters, more than the 4194304 the reader accepts"), convert.err());
        assertTrue(Files.notExists(json), "nothing written");
    }
}
