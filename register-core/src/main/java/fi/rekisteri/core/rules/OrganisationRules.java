package fi.rekisteri.core.rules;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.internal.Lengths;
import fi.rekisteri.core.rules.Ancestry.Dimension;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * An organisation's rules, evaluated against its registers into {@link Finding}s whose rule is the organisation
 * rule's {@link OrganisationRule#requirement() requirement} and whose location is a path into the register. Immutable
 * and thread-safe.
 *
 * <p>Each purpose's keys are expanded once per register with everything they lie within, so a rule costs one set
 * look-up per value it names, however deep the hierarchy.
 *
 * @param rules the rules, in the order their findings are reported; ids unique
 */
public record OrganisationRules(List<OrganisationRule> rules) {

    // Made once: a finding's path and arguments are immutable values, and a rules file can make many findings.
    private static final RegisterPath NAME = RegisterPath.of("name");
    private static final RegisterPath PURPOSES = RegisterPath.of("purposes");
    private static final RegisterPath DATA_CATEGORIES = RegisterPath.of("dataCategories");
    private static final RegisterPath TRANSFERS = RegisterPath.of("transfers", "transfers");
    private static final RegisterPath RETENTION = RegisterPath.of("retention");
    private static final RegisterPath DATA_PROTECTION_OFFICER = RegisterPath.of("dataProtectionOfficer");
    private static final Map<Language, LocalizedText> TAGS = tags();

    /**
     * Creates the rules.
     *
     * @throws NullPointerException if an argument or a rule is null
     * @throws IllegalArgumentException naming the id when two rules have the same id
     */
    public OrganisationRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        Set<String> ids = new HashSet<>();
        for (OrganisationRule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two organisation rules have the id '" + rule.id() + "'");
            }
        }
    }

    /**
     * The rules given.
     *
     * @throws IllegalArgumentException naming the id when two rules have the same id
     */
    public static OrganisationRules of(List<OrganisationRule> rules) {
        return new OrganisationRules(rules);
    }

    /** The findings for one register, ancestry from its own hierarchy and the dotted-key convention. */
    public List<Finding> evaluate(Register register) {
        Objects.requireNonNull(register, "register");
        return evaluate(register, Ancestry.of(register));
    }

    /** The findings for one register, in rule order and within a rule in the register's order. */
    public List<Finding> evaluate(Register register, Ancestry ancestry) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(ancestry, "ancestry");
        Facts facts = new Facts(register, ancestry);
        List<Finding> findings = new ArrayList<>();
        for (OrganisationRule rule : rules) {
            evaluate(rule, facts, findings);
        }
        return List.copyOf(findings);
    }

    private static void evaluate(OrganisationRule rule, Facts facts, List<Finding> out) {
        Register register = facts.register;
        Check check = rule.check();
        if (check instanceof Check.Deny deny) {
            for (int i = 0; i < facts.purposes.size(); i++) {
                if (facts.purposes.get(i).matches(deny.match())) {
                    out.add(finding(rule, PURPOSES.index(i), register.purposes().get(i).name()));
                }
            }
        } else if (check instanceof Check.Require require) {
            for (int i = 0; i < facts.purposes.size(); i++) {
                PurposeFacts purpose = facts.purposes.get(i);
                if (purpose.matches(require.when()) && !purpose.matches(require.then())) {
                    out.add(finding(rule, PURPOSES.index(i), register.purposes().get(i).name()));
                }
            }
        } else if (check instanceof Check.AllowedTransfers allowed) {
            if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
                for (int i = 0; i < third.transfers().size(); i++) {
                    Transfer transfer = third.transfers().get(i);
                    RegisterPath path = TRANSFERS.index(i);
                    if (!allowed.countries().isEmpty() && !allowed.countries().contains(transfer.country())) {
                        out.add(finding(rule, path.property("country"), text(transfer.country())));
                    }
                    if (!allowed.mechanisms().isEmpty() && (transfer.safeguard().isEmpty()
                            || !allowed.mechanisms().contains(transfer.safeguard().get()))) {
                        out.add(finding(rule, path.property("safeguard"), text(transfer.country())));
                    }
                }
            }
        } else if (check instanceof Check.MaxRetention max) {
            List<RetentionRule> retention = register.retention();
            // A retention rule concerns the category when one of its keys lies within it or it within one of them.
            List<String> within = facts.ancestry.lineage(Dimension.DATA_CATEGORY, max.category());
            for (int i = 0; i < retention.size(); i++) {
                RetentionRule retained = retention.get(i);
                boolean concerned = facts.retention.get(i).contains(max.category())
                        || retained.categories().stream().anyMatch(within::contains);
                if (concerned && exceeds(retained.retention(), max.maximum())) {
                    out.add(finding(rule, RETENTION.index(i).property("retention"),
                            text(max.category())));
                }
            }
        } else if (check instanceof Check.RequireDpo) {
            if (register.dataProtectionOfficer().isEmpty()) {
                out.add(finding(rule, DATA_PROTECTION_OFFICER));
            }
        } else if (check instanceof Check.RequireLanguages required) {
            for (Language language : Language.values()) {
                if (!required.languages().contains(language)) {
                    continue;
                }
                LocalizedText tag = Objects.requireNonNull(TAGS.get(language), "tag");
                if (!register.name().has(language)) {
                    out.add(finding(rule, NAME, tag));
                }
                List<Purpose> purposes = register.purposes();
                for (int i = 0; i < purposes.size(); i++) {
                    if (!purposes.get(i).name().has(language)) {
                        out.add(finding(rule, PURPOSES.index(i).property("name"), tag));
                    }
                }
                List<DataCategory> categories = register.dataCategories();
                for (int i = 0; i < categories.size(); i++) {
                    if (!categories.get(i).name().has(language)) {
                        out.add(finding(rule, DATA_CATEGORIES.index(i).property("name"), tag));
                    }
                }
            }
        }
    }

    /** A period longer than the maximum, or criteria that cannot be shown to stay within it. */
    private static boolean exceeds(Retention retention, Period maximum) {
        if (retention instanceof Retention.AfterEvent after) {
            return Lengths.days(after.period()) > Lengths.days(maximum);
        }
        return true;
    }

    private static Map<Language, LocalizedText> tags() {
        Map<Language, LocalizedText> tags = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            tags.put(language, text(language.tag()));
        }
        return Collections.unmodifiableMap(tags);
    }

    private static LocalizedText text(String value) {
        return LocalizedText.of(value, value, value);
    }

    private static Finding finding(OrganisationRule rule, RegisterPath path, LocalizedText... arguments) {
        return new Finding(rule.requirement(), rule.severity(), path, List.of(arguments));
    }

    /** What the rules ask of a register, worked out once for all of them. */
    private static final class Facts {
        final Register register;
        final Ancestry ancestry;
        final List<PurposeFacts> purposes;
        /** By retention rule: its keys, each with everything it lies within. */
        final List<Set<String>> retention;

        Facts(Register register, Ancestry ancestry) {
            this.register = register;
            this.ancestry = ancestry;
            List<String> allSubjects = register.subjectCategories().stream().map(DataSubjectCategory::key).toList();
            List<PurposeFacts> list = new ArrayList<>();
            for (Purpose purpose : register.purposes()) {
                list.add(new PurposeFacts(
                        closure(purpose.categories(), key -> ancestry.lineage(Dimension.DATA_CATEGORY, key)),
                        closure(List.of(purpose.key()), key -> ancestry.lineage(Dimension.PURPOSE, key)),
                        closure(purpose.subjects().isEmpty() ? allSubjects : purpose.subjects(),
                                key -> ancestry.lineage(Dimension.SUBJECT, key)),
                        purpose.legalBasis().map(basis -> Set.of(basis.code())).orElse(Set.of())));
            }
            this.purposes = List.copyOf(list);
            List<Set<String>> retained = new ArrayList<>();
            for (RetentionRule rule : register.retention()) {
                retained.add(closure(rule.categories(), key -> ancestry.lineage(Dimension.DATA_CATEGORY, key)));
            }
            this.retention = List.copyOf(retained);
        }

        private static Set<String> closure(List<String> keys, Function<String, List<String>> lineage) {
            Set<String> all = new HashSet<>();
            for (String key : keys) {
                all.addAll(lineage.apply(key));
            }
            return all;
        }
    }

    /** One purpose's keys, each with everything it lies within. */
    private record PurposeFacts(Set<String> categories, Set<String> purpose, Set<String> subjects,
            Set<String> legalBases) {

        boolean matches(Match match) {
            return match.dataCategories().map(c -> c.test(categories)).orElse(true)
                    && match.purposes().map(c -> c.test(purpose)).orElse(true)
                    && match.subjects().map(c -> c.test(subjects)).orElse(true)
                    && match.legalBases().map(c -> c.test(legalBases)).orElse(true);
        }
    }
}
