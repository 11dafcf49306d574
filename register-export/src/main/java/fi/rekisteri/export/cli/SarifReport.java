package fi.rekisteri.export.cli;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Requirement;
import fi.rekisteri.core.compliance.Rule;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.internal.format.Node;
import fi.rekisteri.export.internal.format.NodeParser;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings of {@code check} as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format): one run of
 * the tool, a rule descriptor for each rule that has a finding, and a result for each finding with its level, its
 * message in the chosen language, and the file, line and column of the node its path names. Code-scanning services
 * (GitHub code scanning, GitLab's SAST reports) read such a log and show each result on the line it names.
 */
final class SarifReport {

    /** The version of the format written, the only one its schema allows. */
    static final String VERSION = "2.1.0";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://rekisteri.fi";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One register file that was checked, with its findings. */
    record Checked(Path file, List<Finding> findings) {}

    private final Language language;
    private final String toolVersion;
    private final Map<String, Integer> ruleIndexes = new LinkedHashMap<>();
    private final ArrayNode rules = NODES.arrayNode();
    private final ArrayNode results = NODES.arrayNode();

    private SarifReport(Language language, String toolVersion) {
        this.language = language;
        this.toolVersion = toolVersion;
    }

    /** The log of these files' findings, as indented JSON ending in a line break. */
    static String write(List<Checked> checked, Language language, String toolVersion) {
        SarifReport report = new SarifReport(language, toolVersion);
        for (Checked file : checked) {
            report.add(file);
        }
        String text = JSON.writeValueAsString(report.log());
        return text.endsWith("\n") ? text : text + "\n";
    }

    private ObjectNode log() {
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "rekisteri");
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        driver.set("rules", rules);
        run.put("columnKind", "unicodeCodePoints");
        run.set("results", results);
        return log;
    }

    private void add(Checked checked) {
        Optional<Node> root = parse(checked.file());
        String uri = uri(checked.file());
        for (Finding finding : checked.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.ruleId());
            result.put("ruleIndex", ruleIndex(finding.rule()));
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message(language));
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri);
            if (root.isPresent()) {
                Node.Location at = root.get().nearest(finding.location()).location();
                if (at.line() > 0) {
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", at.line());
                    if (at.column() > 0) {
                        region.put("startColumn", at.column());
                    }
                }
            }
            if (!finding.location().equals(RegisterPath.root())) {
                location.putArray("logicalLocations").addObject()
                        .put("fullyQualifiedName", finding.path())
                        .put("kind", "member");
            }
        }
    }

    private int ruleIndex(Requirement requirement) {
        Integer known = ruleIndexes.get(requirement.id());
        if (known != null) {
            return known;
        }
        int index = rules.size();
        ruleIndexes.put(requirement.id(), index);
        ObjectNode rule = rules.addObject();
        rule.put("id", requirement.id());
        if (requirement instanceof Rule compliance) {
            rule.putObject("properties").put("legalReference", compliance.legalReference());
        }
        return index;
    }

    /** SARIF's levels: an INFO finding is a note. */
    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The file's document tree, for the line and column of each finding's path (a RegisterFormatException is an
     * IllegalArgumentException); empty when it cannot be parsed
     * again, which leaves the results with the file alone.
     */
    private static Optional<Node> parse(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(NodeParser.parse(in, file.toString(), RegisterFormat.of(file), ReadLimits.defaults()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A relative path as a relative URI reference with forward slashes, an absolute one as a file URI. */
    static String uri(Path file) {
        if (file.isAbsolute()) {
            return file.toUri().toString();
        }
        List<String> names = new ArrayList<>();
        file.forEach(name -> names.add(name.toString()));
        if (!names.isEmpty() && names.get(0).contains(":")) {
            names.add(0, "."); // so that a name with a colon is not read as a URI scheme
        }
        try {
            return new URI(null, null, String.join("/", names), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.toUri().toString();
        }
    }
}
