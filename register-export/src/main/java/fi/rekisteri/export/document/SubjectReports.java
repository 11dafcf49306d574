package fi.rekisteri.export.document;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.ErasureReport;
import fi.rekisteri.core.policy.HeldValue;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.export.document.Block.BulletList;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.document.Block.Notice;
import fi.rekisteri.export.document.Block.Paragraph;
import fi.rekisteri.export.internal.document.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The answers to data subjects' requests as documents and JSON: an {@link AccessReport} (GDPR Art. 15) as an
 * {@link Outline} any renderer writes as text, HTML or PDF, or as JSON; the portable part of it (Art. 20) as JSON;
 * an {@link ErasureReport} (Art. 17) as an outline or JSON. The JSON follows the schemas published beside this
 * class, {@value #ACCESS_SCHEMA}, {@value #PORTABILITY_SCHEMA} and {@value #ERASURE_SCHEMA}.
 *
 * <pre>{@code
 * Outline outline = SubjectReports.accessOutline(report, Language.FI);
 * String html = Documents.renderToString(outline, DocumentFormat.HTML);
 * String json = SubjectReports.accessJson(report);
 * }</pre>
 */
public final class SubjectReports {

    /** Class-path resource of the JSON Schema of {@link #accessJson(AccessReport)}. */
    public static final String ACCESS_SCHEMA = "fi/rekisteri/export/access-report.schema.json";

    /** Class-path resource of the JSON Schema of {@link #portabilityJson(AccessReport)}. */
    public static final String PORTABILITY_SCHEMA = "fi/rekisteri/export/portability.schema.json";

    /** Class-path resource of the JSON Schema of {@link #erasureJson(ErasureReport, Register)}. */
    public static final String ERASURE_SCHEMA = "fi/rekisteri/export/erasure-report.schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SubjectReports() {}

    /**
     * The access report as a document: the data held, by category; the subject's consents and objections; the
     * processing recorded; then the Art. 15(1) and 15(2) information, worded as the register's Art. 14 notice words
     * it (purposes and bases, categories, sources, recipients, transfers and their safeguards, retention, rights and
     * the right to complain, automated decisions). A notice box first says when the answer is incomplete.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Outline accessOutline(AccessReport report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        Register register = report.register();
        Messages words = Messages.ofSubjectRequests(language);
        OutlineParts parts = new OutlineParts(register, Messages.of(language));
        List<Section> sections = new ArrayList<>();
        sections.add(section(sections, words.get("access.values"), values(report, parts, words)));
        sections.add(section(sections, words.get("access.state"), state(report.state(), register, parts, words)));
        sections.add(section(sections, words.get("access.processing"), processing(report, register, parts, words)));
        // The Art. 15(1)(a)-(h) information is the Art. 14 notice's content, the source included: one wording.
        Outline notice = TietosuojaselosteOutline.of(register, DocumentType.ART_14_NOTICE, language);
        for (Section s : notice.sections()) {
            sections.add(section(sections, s.heading(), s.blocks()));
        }
        List<Block> preamble = new ArrayList<>();
        if (!report.isComplete()) {
            List<Item> items = new ArrayList<>();
            report.truncated().forEach(what -> items.add(parts.item(words.get("access.truncated", what))));
            report.unsearched().forEach(what -> items.add(parts.item(words.get("access.unsearched", what))));
            preamble.add(new Notice(words.get("access.incomplete"), items));
        }
        preamble.add(parts.paragraph(words.get("access.lead", date(report.at(), language))));
        return new Outline(DocumentType.ART_14_NOTICE, language, words.get("title.access"), parts.text(register.name()),
                register.name().resolve(language).language(), preamble, sections);
    }

    /**
     * The erasure report as a document: what was erased, and what was kept, why and until when.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Outline erasureOutline(ErasureReport report, Register register, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(language, "language");
        Messages words = Messages.ofSubjectRequests(language);
        OutlineParts parts = new OutlineParts(register, Messages.of(language));
        List<Item> erased = report.erased().stream().map(e -> parts.item(words.get("erasure.erased.item",
                categoryName(register, e.category(), parts), e.entity(), e.rows()))).toList();
        List<Item> kept = report.kept().stream().map(k -> {
            String purpose = register.purpose(k.purpose()).map(p -> parts.text(p.name())).orElse(k.purpose());
            String law = k.law().map(parts::text).orElse(words.get("erasure.law.unstated"));
            String category = categoryName(register, k.category(), parts);
            return parts.item(k.until().isPresent()
                    ? words.get("erasure.kept.item", category, k.entity(), purpose, law, date(k.until().get(), language))
                    : words.get("erasure.kept.item.open", category, k.entity(), purpose, law,
                            parts.retentionText(k.rule())));
        }).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(section(sections, words.get("erasure.erased"),
                erased.isEmpty() ? List.of(parts.paragraph(words.get("erasure.erased.none"))) : parts.bulletList(erased)));
        sections.add(section(sections, words.get("erasure.kept"),
                kept.isEmpty() ? List.of(parts.paragraph(words.get("erasure.kept.none"))) : parts.bulletList(kept)));
        List<Block> preamble = List.of(parts.paragraph(words.get("erasure.lead", date(report.at(), language))));
        return new Outline(DocumentType.ART_14_NOTICE, language, words.get("title.erasure"),
                parts.text(register.name()), register.name().resolve(language).language(), preamble, sections);
    }

    /**
     * The erasure report as JSON, valid against {@value #ERASURE_SCHEMA}: what was erased, and what was kept under
     * which purpose and law, until when.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String erasureJson(ErasureReport report, Register register) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(register, "register");
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("register", register.key());
        root.put("subject", report.subject().value());
        root.put("at", report.at().toString());
        ArrayNode erased = root.putArray("erased");
        for (ErasureReport.Erased line : report.erased()) {
            erased.addObject().put("entity", line.entity()).put("category", line.category()).put("rows", line.rows());
        }
        ArrayNode kept = root.putArray("kept");
        for (ErasureReport.Kept line : report.kept()) {
            ObjectNode k = kept.addObject().put("entity", line.entity()).put("category", line.category())
                    .put("rows", line.rows()).put("purpose", line.purpose());
            line.law().ifPresent(law -> {
                ObjectNode texts = k.putObject("law");
                law.values().forEach((language, text) -> texts.put(language.tag(), text));
            });
            line.until().ifPresent(day -> k.put("until", day.toString()));
        }
        ArrayNode unsearched = root.putArray("unsearched");
        report.unsearched().forEach(unsearched::add);
        return JSON.writeValueAsString(root) + "\n";
    }

    /**
     * The access report as JSON, valid against {@value #ACCESS_SCHEMA}.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public static String accessJson(AccessReport report) {
        Objects.requireNonNull(report, "report");
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("register", report.register().key());
        root.put("subject", report.subject().value());
        root.put("at", report.at().toString());
        root.set("data", values(report.values()));
        ArrayNode consents = root.putArray("consents");
        for (SubjectConsent consent : report.state().consents().values().stream()
                .sorted(java.util.Comparator.comparing(SubjectConsent::given)).toList()) {
            ObjectNode c = consents.addObject();
            c.put("purpose", consent.purpose());
            c.put("given", consent.given().toString());
            consent.withdrawn().ifPresent(at -> c.put("withdrawn", at.toString()));
            consent.textVersion().ifPresent(version -> c.put("textVersion", version));
        }
        report.state().objectedToDirectMarketing().ifPresent(at -> root.put("objectedToDirectMarketing", at.toString()));
        report.state().restrictedSince().ifPresent(at -> root.put("restrictedSince", at.toString()));
        ArrayNode processing = root.putArray("processing");
        for (ProcessingEntry entry : report.processing()) {
            ObjectNode e = processing.addObject();
            e.put("at", entry.at().toString());
            e.put("purpose", entry.purpose());
            ArrayNode categories = e.putArray("categories");
            entry.categories().forEach(categories::add);
        }
        ArrayNode purposes = root.putArray("purposes");
        for (Purpose purpose : report.register().purposes()) {
            ObjectNode p = purposes.addObject();
            p.put("key", purpose.key());
            purpose.legalBasis().ifPresent(basis -> p.put("legalBasis", basis.kind().code()));
            ArrayNode categories = p.putArray("categories");
            purpose.categories().forEach(categories::add);
        }
        ArrayNode unsearched = root.putArray("unsearched");
        report.unsearched().forEach(unsearched::add);
        ArrayNode truncated = root.putArray("truncated");
        report.truncated().forEach(truncated::add);
        return JSON.writeValueAsString(root) + "\n";
    }

    /**
     * The part of the data the subject may take to another controller (Art. 20, {@link AccessReport#portable()}) as
     * JSON, valid against {@value #PORTABILITY_SCHEMA}.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public static String portabilityJson(AccessReport report) {
        Objects.requireNonNull(report, "report");
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        ObjectNode controller = root.putObject("controller");
        report.register().controller().name().values().forEach((language, text) -> controller.put(language.tag(), text));
        root.put("register", report.register().key());
        root.put("subject", report.subject().value());
        root.put("at", report.at().toString());
        root.set("data", values(report.portable()));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ArrayNode values(List<HeldValue> values) {
        ArrayNode data = JSON.createArrayNode();
        Map<String, List<HeldValue>> grouped = new java.util.LinkedHashMap<>();
        values.forEach(v -> grouped.computeIfAbsent(v.category(), key -> new ArrayList<>()).add(v));
        grouped.forEach((category, held) -> {
            ObjectNode c = data.addObject();
            c.put("category", category);
            ArrayNode items = c.putArray("values");
            for (HeldValue v : held) {
                ObjectNode item = items.addObject();
                item.put("entity", v.entity());
                item.put("member", v.member());
                item.put("value", v.value());
            }
        });
        return data;
    }

    private static Section section(List<Section> sections, String heading, List<Block> blocks) {
        return new Section(Integer.toString(sections.size() + 1), heading, blocks);
    }

    private static List<Block> values(AccessReport report, OutlineParts parts, Messages words) {
        Map<String, List<HeldValue>> byCategory = report.valuesByCategory();
        if (byCategory.isEmpty()) {
            return List.of(parts.paragraph(words.get("access.values.none")));
        }
        List<Item> items = new ArrayList<>();
        byCategory.forEach((category, held) -> items.add(new Item(categoryName(report.register(), category, parts),
                parts.language(), held.stream().map(v -> parts.item(words.get("access.value", v.value(),
                        v.entity() + "." + v.member()))).toList())));
        return List.of(new BulletList(items));
    }

    private static List<Block> state(SubjectState state, Register register, OutlineParts parts,
            Messages words) {
        List<Item> items = new ArrayList<>();
        state.consents().values().stream().sorted(java.util.Comparator.comparing(SubjectConsent::given))
                .forEach(consent -> {
                    String purpose = purposeName(register, consent.purpose(), parts);
                    String text = consent.textVersion()
                            .map(v -> words.get("access.consent", purpose, consent.given().toString(), v))
                            .orElse(words.get("access.consent.unversioned", purpose, consent.given().toString()));
                    String withdrawn = consent.withdrawn()
                            .map(at -> "; " + words.get("access.consent.withdrawn", at.toString())).orElse("");
                    items.add(parts.item(text + withdrawn));
                });
        state.objectedToDirectMarketing().ifPresent(at -> items.add(parts.item(words.get("access.objection",
                at.toString()))));
        state.restrictedSince().ifPresent(at -> items.add(parts.item(words.get("access.restriction", at.toString()))));
        return items.isEmpty() ? List.of(parts.paragraph(words.get("access.state.none"))) : parts.bulletList(items);
    }

    private static List<Block> processing(AccessReport report, Register register, OutlineParts parts,
            Messages words) {
        List<Item> items = report.processing().stream().map(entry -> parts.item(words.get("access.processing.entry",
                entry.at().toString(), purposeName(register, entry.purpose(), parts),
                String.join(", ", entry.categories().stream().map(c -> categoryName(register, c, parts)).toList()))))
                .toList();
        return items.isEmpty() ? List.<Block>of(new Paragraph(words.get("access.processing.none"), parts.language()))
                : parts.bulletList(items);
    }

    private static String categoryName(Register register, String key, OutlineParts parts) {
        return register.dataCategory(key).map(DataCategory::name).map(parts::text).orElse(key);
    }

    private static String purposeName(Register register, String key, OutlineParts parts) {
        return register.purpose(key).map(Purpose::name).map(parts::text).orElse(key);
    }

    private static String date(Instant at, Language language) {
        return date(LocalDate.ofInstant(at, ZoneOffset.UTC), language);
    }

    private static String date(LocalDate day, Language language) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }
}
