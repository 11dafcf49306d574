package fi.rekisteri.export.cli;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.compliance.AcknowledgedFinding;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Requirement;
import fi.rekisteri.core.compliance.Rule;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.export.FormatError;
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
 *
 * <p>An acknowledged finding is a result with a {@code suppressions} entry of kind {@code inSource} (the register's
 * {@code acknowledgements} list, whose entry is its location) and the acknowledgement's reason as its justification,
 * so that a service shows it as suppressed rather than open. A file that cannot be read is a result of the rule
 * {@value #UNREADABLE} at level {@code error} for each error, at its line and column where it has them; a rules file
 * that cannot be read, with which no register is checked, likewise of the rule {@value #RULES_UNREADABLE}.
 */
final class SarifReport {

    /** The version of the format written, the only one its schema allows. */
    static final String VERSION = "2.1.0";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://rekisteri.fi";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The rule of the results for a register file that cannot be read. */
    static final String UNREADABLE = "register.unreadable";
    /** The rule of the results for a rules file that cannot be read, when no register is checked. */
    static final String RULES_UNREADABLE = "rules.unreadable";

    /**
     * One register file that was checked: its open and acknowledged findings, or, when it could not be read, what is
     * wrong with it.
     */
    record Checked(Path file, List<Finding> findings, List<AcknowledgedFinding> acknowledged,
            List<Acknowledgement> acknowledgements, List<FormatError> errors, boolean rules) {

        Checked {
            findings = List.copyOf(findings);
            acknowledged = List.copyOf(acknowledged);
            acknowledgements = List.copyOf(acknowledgements);
            errors = List.copyOf(errors);
        }

        /**
         * A register's findings; {@code acknowledgements} are the register's own, by whose index an acknowledged
         * finding's suppression is located.
         */
        static Checked of(Path file, List<Finding> findings, List<AcknowledgedFinding> acknowledged,
                List<Acknowledgement> acknowledgements) {
            return new Checked(file, findings, acknowledged, acknowledgements, List.of(), false);
        }

        /** A register file that could not be read, with its errors. */
        static Checked unreadable(Path file, List<FormatError> errors) {
            return new Checked(file, List.of(), List.of(), List.of(), errors, false);
        }

        /** The rules file, which could not be read, with its errors. */
        static Checked unreadableRules(Path file, List<FormatError> errors) {
            return new Checked(file, List.of(), List.of(), List.of(), errors, true);
        }
    }

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
        String uri = uri(checked.file());
        if (!checked.errors().isEmpty()) {
            for (FormatError error : checked.errors()) {
                ObjectNode result = result(checked.rules() ? RULES_UNREADABLE : UNREADABLE,
                        unreadableRule(checked.rules()), "error", error.path().isEmpty()
                        ? error.message() : error.path() + ": " + error.message());
                ObjectNode location = result.putArray("locations").addObject();
                ObjectNode physical = physical(location, uri);
                region(physical, new Node.Location(error.line(), error.column()));
                if (!error.path().isEmpty()) {
                    logical(location, error.path());
                }
            }
            return;
        }
        Optional<Node> root = parse(checked.file());
        for (Finding finding : checked.findings()) {
            finding(finding, uri, root);
        }
        for (AcknowledgedFinding acknowledged : checked.acknowledged()) {
            ObjectNode result = finding(acknowledged.finding(), uri, root);
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            suppression.put("status", "accepted");
            suppression.put("justification", acknowledged.acknowledgement().reason());
            int index = checked.acknowledgements().indexOf(acknowledged.acknowledgement());
            if (index >= 0) {
                RegisterPath path = RegisterPath.of("acknowledgements").index(index);
                ObjectNode location = suppression.putObject("location");
                ObjectNode physical = physical(location, uri);
                root.ifPresent(node -> region(physical, node.nearest(path).location()));
                logical(location, path.toString());
            }
        }
    }

    /** A result of the finding at the line and column of its path; the caller may add to it. */
    private ObjectNode finding(Finding finding, String uri, Optional<Node> root) {
        ObjectNode result = result(finding.ruleId(), ruleIndex(finding.rule()), level(finding.severity()),
                finding.message(language));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = physical(location, uri);
        root.ifPresent(node -> region(physical, node.nearest(finding.location()).location()));
        if (!finding.location().equals(RegisterPath.root())) {
            logical(location, finding.path());
        }
        return result;
    }

    private ObjectNode result(String ruleId, int ruleIndex, String level, String message) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        result.put("ruleIndex", ruleIndex);
        result.put("level", level);
        result.putObject("message").put("text", message);
        return result;
    }

    private static ObjectNode physical(ObjectNode location, String uri) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri);
        return physical;
    }

    /** The line and column, where known; a location without them is the file as a whole. */
    private static void region(ObjectNode physical, Node.Location at) {
        if (at.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
        }
    }

    private static void logical(ObjectNode location, String path) {
        location.putArray("logicalLocations").addObject().put("fullyQualifiedName", path).put("kind", "member");
    }

    /** The descriptor of {@link #UNREADABLE} or {@link #RULES_UNREADABLE}, described once. */
    private int unreadableRule(boolean rulesFile) {
        String id = rulesFile ? RULES_UNREADABLE : UNREADABLE;
        Integer known = ruleIndexes.get(id);
        if (known != null) {
            return known;
        }
        int index = rules.size();
        ruleIndexes.put(id, index);
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", rulesFile ? "The rules file cannot be read"
                : "The register file cannot be read");
        return index;
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
