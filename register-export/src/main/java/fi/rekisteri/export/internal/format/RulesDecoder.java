package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.core.rules.Check;
import fi.rekisteri.core.rules.KeyMatch;
import fi.rekisteri.core.rules.Match;
import fi.rekisteri.core.rules.OrganisationRule;
import fi.rekisteri.core.rules.OrganisationRules;
import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes an organisation rules file ({@code rules.schema.json}) from its {@link Node} tree, collecting every error
 * with its line, column and path as the register decoder does.
 *
 * <p>A key a rule names for data categories, purposes or subjects is the taxonomy's, or lies under one of its keys
 * ({@code health.visits}), or is a key of the fideslang default taxonomy, written as it is ({@code user.contact.email})
 * or as {@code {fideslang: user.contact.email}}, which stands for the taxonomy key that maps it ({@code contact.email}).
 * Any other key is an error at its line and column: a rule on a word no register shares would never fire.
 */
public final class RulesDecoder {

    private static final Set<String> TOP = Set.of("$schema", "rules");
    private static final List<String> KINDS =
            List.of("deny", "require", "transfers", "maxRetention", "requireDpo", "languages");
    private static final Set<String> RULE = union(Set.of("id", "severity", "message"), KINDS);
    private static final Set<String> MATCH = Set.of("dataCategories", "purposes", "subjects", "legalBases");
    private static final Set<String> KEY_MATCH = Set.of("matches", "values");
    private static final Set<String> REQUIRE = Set.of("when", "then");
    private static final Set<String> TRANSFERS = Set.of("countries", "mechanisms");
    private static final Set<String> MAX_RETENTION = Set.of("category", "period");

    private static final Set<String> FIDESLANG = Set.of("fideslang");

    private final NodeReader read;
    private final Taxonomy taxonomy;

    private RulesDecoder(String source, Taxonomy taxonomy) {
        this.read = new NodeReader(source);
        this.taxonomy = taxonomy;
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Decodes the rules, their keys resolved against {@code taxonomy}.
     *
     * @throws RegisterFormatException with every error found, each with its line, column and path
     */
    public static OrganisationRules decode(Node root, String source, Taxonomy taxonomy) {
        RulesDecoder decoder = new RulesDecoder(source, taxonomy);
        List<OrganisationRule> rules = new ArrayList<>();
        decoder.read.object(root, RegisterPath.root(), TOP).ifPresent(o -> {
            o.required("rules");
            rules.addAll(decoder.read.list(o, "rules", decoder::rule));
        });
        Set<String> ids = new HashSet<>();
        if (root instanceof Node.ObjectNode object && object.members().get("rules") != null
                && object.members().get("rules").value() instanceof Node.ArrayNode array) {
            for (int i = 0; i < rules.size() && i < array.items().size(); i++) {
                if (!ids.add(rules.get(i).id())) {
                    decoder.read.error(array.items().get(i), RegisterPath.of("rules").index(i).property("id"),
                            "a second rule with the id '" + rules.get(i).id() + "'; ids must be unique");
                }
            }
        }
        if (!decoder.read.errors().isEmpty()) {
            throw new RegisterFormatException(decoder.read.errors());
        }
        return OrganisationRules.of(rules);
    }

    private Optional<OrganisationRule> rule(Node node, RegisterPath path) {
        return read.object(node, path, RULE).flatMap(o -> {
            Optional<String> id = read.text(o, "id", true);
            Optional<Severity> severity = o.required("severity").flatMap(n -> read.scalarText(n, o.path("severity")))
                    .flatMap(text -> read.code(o.node("severity"), o.path("severity"), text, Severity.values(),
                            s -> s.name().toLowerCase(Locale.ROOT)));
            Optional<LocalizedText> message = read.localized(o, "message", true);
            List<String> given = KINDS.stream().filter(o::has).toList();
            if (given.size() != 1) {
                read.error(node, path, (given.isEmpty() ? "no check" : "more than one check (" + String.join(", ",
                        given) + ")") + "; give exactly one of " + String.join(", ", KINDS));
                return Optional.empty();
            }
            Optional<Check> check = check(o, given.get(0));
            if (id.isEmpty() || severity.isEmpty() || message.isEmpty() || check.isEmpty()) {
                return Optional.empty();
            }
            return read.construct(o.node("id"), o.path("id"),
                    () -> OrganisationRule.of(id.get(), severity.get(), message.get(), check.get()));
        });
    }

    private Optional<Check> check(Obj o, String kind) {
        Node node = o.node(kind);
        RegisterPath path = o.path(kind);
        return switch (kind) {
            case "deny" -> match(node, path).map(Check.Deny::new);
            case "require" -> read.object(node, path, REQUIRE).flatMap(r -> {
                Optional<Match> when = r.get("when").map(n -> match(n, r.path("when"))).orElse(Optional.of(
                        Match.any()));
                Optional<Match> then = r.required("then").flatMap(n -> match(n, r.path("then")));
                return when.flatMap(w -> then.map(t -> new Check.Require(w, t)));
            });
            case "transfers" -> read.object(node, path, TRANSFERS).map(t -> {
                Set<String> countries = new HashSet<>(read.keys(t, "countries"));
                List<Safeguard> mechanisms = read.codes(t, "mechanisms", Safeguard.values(), Safeguard::code);
                return new Check.AllowedTransfers(countries, new HashSet<>(mechanisms));
            });
            case "maxRetention" -> read.object(node, path, MAX_RETENTION).flatMap(m -> {
                Optional<String> category = m.required("category")
                        .flatMap(n -> key(n, m.path("category"), Optional.of(Kind.DATA_CATEGORY)));
                Optional<Period> period = read.text(m, "period", true).flatMap(text -> period(m, text));
                return category.flatMap(c -> period.map(p -> new Check.MaxRetention(c, p)));
            });
            case "requireDpo" -> {
                if (!read.flag(o, "requireDpo")) {
                    read.error(node, path, "requireDpo must be true; leave the rule out to not require one");
                    yield Optional.empty();
                }
                yield Optional.of(new Check.RequireDpo());
            }
            case "languages" -> {
                List<Language> languages = read.codes(o, "languages", Language.values(), Language::tag);
                yield Optional.of(new Check.RequireLanguages(new HashSet<>(languages)));
            }
            default -> throw new IllegalStateException("unknown check kind " + kind);
        };
    }

    private Optional<Period> period(Obj m, String text) {
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                read.error(m.node("period"), m.path("period"), "the period " + text + " is not positive");
                return Optional.empty();
            }
            return Optional.of(period);
        } catch (DateTimeParseException e) {
            read.error(m.node("period"), m.path("period"), "'" + text + "' is not an ISO-8601 period such as P6Y");
            return Optional.empty();
        }
    }

    /**
     * A key of the kind: the taxonomy's, under one of its keys, or a fideslang key (as it is or as
     * {@code {fideslang: KEY}}) resolved to the taxonomy key that maps it; empty after an error at the node.
     */
    private Optional<String> key(Node node, RegisterPath path, Optional<Kind> kind) {
        if (kind.isEmpty()) {
            return read.scalarText(node, path);
        }
        Kind of = kind.get();
        if (node instanceof Node.ObjectNode) {
            return read.object(node, path, FIDESLANG).flatMap(o -> o.required("fideslang")
                    .flatMap(n -> read.scalarText(n, o.path("fideslang")).flatMap(key -> {
                        Optional<TaxonomyEntry> entry = taxonomy.forFideslang(of, key);
                        if (entry.isEmpty()) {
                            read.error(n, o.path("fideslang"), "'" + key + "' is not a fideslang "
                                    + of.code() + " key" + Suggestions.didYouMean(key, fideslangKeys(of)));
                        }
                        return entry.map(TaxonomyEntry::key);
                    })));
        }
        return read.scalarText(node, path).flatMap(key -> {
            if (taxonomy.covers(of, key)) {
                return Optional.of(key);
            }
            Optional<TaxonomyEntry> fideslang = taxonomy.forFideslang(of, key);
            if (fideslang.isPresent()) {
                return Optional.of(fideslang.get().key());
            }
            read.error(node, path, "unknown " + of.code() + " key '" + key + "': give a key of the taxonomy, one"
                    + " under such a key (such as contact.own) or a fideslang key; an organisation's own keys go in"
                    + " its taxonomy file" + Suggestions.didYouMean(key,
                    taxonomy.entries(of).stream().map(TaxonomyEntry::key).toList()));
            return Optional.empty();
        });
    }

    private List<String> fideslangKeys(Kind kind) {
        return taxonomy.entries(kind).stream().flatMap(entry -> entry.fideslangKeys().stream()).toList();
    }

    private Optional<Match> match(Node node, RegisterPath path) {
        return read.object(node, path, MATCH).map(o -> {
            Match match = Match.any();
            Optional<KeyMatch> categories = keyMatch(o, "dataCategories", Optional.of(Kind.DATA_CATEGORY));
            if (categories.isPresent()) {
                match = match.dataCategories(categories.get());
            }
            Optional<KeyMatch> purposes = keyMatch(o, "purposes", Optional.of(Kind.PURPOSE));
            if (purposes.isPresent()) {
                match = match.purposes(purposes.get());
            }
            Optional<KeyMatch> subjects = keyMatch(o, "subjects", Optional.of(Kind.SUBJECT_CATEGORY));
            if (subjects.isPresent()) {
                match = match.subjects(subjects.get());
            }
            Optional<KeyMatch> bases = keyMatch(o, "legalBases", Optional.empty());
            if (bases.isPresent()) {
                match = match.legalBases(bases.get());
            }
            return match;
        });
    }

    /** Legal bases are codes ({@code kind} empty); the other conditions name keys of a kind of the taxonomy. */
    private Optional<KeyMatch> keyMatch(Obj parent, String name, Optional<Kind> kind) {
        return parent.get(name).flatMap(node -> read.object(node, parent.path(name), KEY_MATCH)).flatMap(o -> {
            Optional<KeyMatch.Matching> matching = o.required("matches")
                    .flatMap(n -> read.scalarText(n, o.path("matches")))
                    .flatMap(text -> read.code(o.node("matches"), o.path("matches"), text,
                            KeyMatch.Matching.values(), m -> m.name().toLowerCase(Locale.ROOT)));
            o.required("values");
            List<String> values = kind.isEmpty() ? read.keys(o, "values")
                    : read.list(o, "values", (node, path) -> key(node, path, kind));
            if (matching.isEmpty() || values.isEmpty()) {
                if (o.has("values") && values.isEmpty() && !read.lostEveryItem(o.path("values"))) {
                    read.error(o.node("values"), o.path("values"), "give at least one value");
                }
                return Optional.empty();
            }
            return Optional.of(new KeyMatch(matching.get(), values));
        });
    }
}
