package fi.rekisteri.benchmarks;

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
import fi.rekisteri.core.rules.Check;
import fi.rekisteri.core.rules.KeyMatch;
import fi.rekisteri.core.rules.Match;
import fi.rekisteri.core.rules.OrganisationRule;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The peer of {@code OrganisationRules}: the same rules with the same findings, evaluated as Fides' {@code evaluate}
 * evaluates a policy rule against a privacy declaration. For every rule and every purpose it works out each key's
 * hierarchy again, finding each parent by scanning the register's categories (as Fides looks a key up in its
 * taxonomy's lists) and each dotted prefix by splitting the key; no index, nothing kept between rules.
 */
final class NaiveRules {

    private static final Pattern DOT = Pattern.compile("\\.");
    private static final double DAYS_A_MONTH = 365.2425 / 12;

    private final List<OrganisationRule> rules;

    NaiveRules(List<OrganisationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The findings for one register, in rule order and within a rule in the register's order. */
    List<Finding> evaluate(Register register) {
        List<Finding> findings = new ArrayList<>();
        for (OrganisationRule rule : rules) {
            evaluate(rule, register, findings);
        }
        return findings;
    }

    private static void evaluate(OrganisationRule rule, Register register, List<Finding> out) {
        Check check = rule.check();
        List<Purpose> purposes = register.purposes();
        if (check instanceof Check.Deny deny) {
            for (int i = 0; i < purposes.size(); i++) {
                if (matches(deny.match(), register, purposes.get(i))) {
                    out.add(finding(rule, RegisterPath.of("purposes").index(i), purposes.get(i).name()));
                }
            }
        } else if (check instanceof Check.Require require) {
            for (int i = 0; i < purposes.size(); i++) {
                Purpose purpose = purposes.get(i);
                if (matches(require.when(), register, purpose) && !matches(require.then(), register, purpose)) {
                    out.add(finding(rule, RegisterPath.of("purposes").index(i), purpose.name()));
                }
            }
        } else if (check instanceof Check.AllowedTransfers allowed) {
            if (register.transfers().isPresent() && register.transfers().get() instanceof Transfers.ThirdCountries t) {
                for (int i = 0; i < t.transfers().size(); i++) {
                    Transfer transfer = t.transfers().get(i);
                    RegisterPath path = RegisterPath.of("transfers", "transfers").index(i);
                    if (!allowed.countries().isEmpty() && !allowed.countries().contains(transfer.country())) {
                        out.add(finding(rule, path.property("country"), text(transfer.country())));
                    }
                    boolean mechanismAllowed = transfer.safeguard().isPresent()
                            && allowed.mechanisms().contains(transfer.safeguard().get());
                    if (!allowed.mechanisms().isEmpty() && !mechanismAllowed) {
                        out.add(finding(rule, path.property("safeguard"), text(transfer.country())));
                    }
                }
            }
        } else if (check instanceof Check.MaxRetention max) {
            List<RetentionRule> retention = register.retention();
            for (int i = 0; i < retention.size(); i++) {
                boolean concerned = false;
                for (String key : retention.get(i).categories()) {
                    if (categoryHierarchy(register, key).contains(max.category())
                            || categoryHierarchy(register, max.category()).contains(key)) {
                        concerned = true;
                        break;
                    }
                }
                if (concerned && longer(retention.get(i).retention(), max.maximum())) {
                    out.add(finding(rule, RegisterPath.of("retention").index(i).property("retention"),
                            text(max.category())));
                }
            }
        } else if (check instanceof Check.RequireDpo) {
            if (register.dataProtectionOfficer().isEmpty()) {
                out.add(finding(rule, RegisterPath.of("dataProtectionOfficer")));
            }
        } else if (check instanceof Check.RequireLanguages required) {
            for (Language language : Language.values()) {
                if (required.languages().contains(language)) {
                    missingLanguage(rule, register, language, out);
                }
            }
        }
    }

    private static void missingLanguage(OrganisationRule rule, Register register, Language language,
            List<Finding> out) {
        LocalizedText tag = text(language.tag());
        if (!register.name().has(language)) {
            out.add(finding(rule, RegisterPath.of("name"), tag));
        }
        for (int i = 0; i < register.purposes().size(); i++) {
            if (!register.purposes().get(i).name().has(language)) {
                out.add(finding(rule, RegisterPath.of("purposes").index(i).property("name"), tag));
            }
        }
        for (int i = 0; i < register.dataCategories().size(); i++) {
            if (!register.dataCategories().get(i).name().has(language)) {
                out.add(finding(rule, RegisterPath.of("dataCategories").index(i).property("name"), tag));
            }
        }
    }

    /** Every condition of the match, each against hierarchies worked out for this test alone. */
    private static boolean matches(Match match, Register register, Purpose purpose) {
        if (match.dataCategories().isPresent()) {
            List<List<String>> hierarchies = new ArrayList<>();
            for (String key : purpose.categories()) {
                hierarchies.add(categoryHierarchy(register, key));
            }
            if (!holds(match.dataCategories().get(), hierarchies)) {
                return false;
            }
        }
        if (match.purposes().isPresent()
                && !holds(match.purposes().get(), List.of(dottedHierarchy(purpose.key())))) {
            return false;
        }
        if (match.subjects().isPresent()) {
            List<String> subjects = purpose.subjects();
            if (subjects.isEmpty()) {
                subjects = register.subjectCategories().stream().map(DataSubjectCategory::key).toList();
            }
            List<List<String>> hierarchies = new ArrayList<>();
            for (String key : subjects) {
                hierarchies.add(dottedHierarchy(key));
            }
            if (!holds(match.subjects().get(), hierarchies)) {
                return false;
            }
        }
        if (match.legalBases().isPresent()) {
            List<List<String>> codes = purpose.legalBasis().map(basis -> List.of(List.of(basis.code())))
                    .orElse(List.of());
            return holds(match.legalBases().get(), codes);
        }
        return true;
    }

    /** ANY, ALL or NONE of the condition's values in the declared keys' hierarchies, searched one by one. */
    private static boolean holds(KeyMatch condition, List<List<String>> hierarchies) {
        return switch (condition.matching()) {
            case ANY -> condition.values().stream().anyMatch(value -> inAny(value, hierarchies));
            case ALL -> condition.values().stream().allMatch(value -> inAny(value, hierarchies));
            case NONE -> condition.values().stream().noneMatch(value -> inAny(value, hierarchies));
        };
    }

    private static boolean inAny(String value, List<List<String>> hierarchies) {
        for (List<String> hierarchy : hierarchies) {
            if (hierarchy.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /** The key, then its parents found one at a time by scanning the register's categories, then its dotted prefixes. */
    private static List<String> categoryHierarchy(Register register, String key) {
        List<String> hierarchy = new ArrayList<>();
        String current = key;
        while (current != null) {
            hierarchy.add(current);
            String parent = null;
            for (DataCategory category : register.dataCategories()) {
                if (category.key().equals(current)) {
                    parent = category.parentKey().orElse(null);
                    break;
                }
            }
            current = parent;
        }
        for (String prefix : dottedHierarchy(key)) {
            if (!hierarchy.contains(prefix)) {
                hierarchy.add(prefix);
            }
        }
        return hierarchy;
    }

    /** The key and its dotted prefixes, from the key's segments split again. */
    private static List<String> dottedHierarchy(String key) {
        String[] segments = DOT.split(key);
        List<String> hierarchy = new ArrayList<>(segments.length);
        for (int end = segments.length; end > 0; end--) {
            hierarchy.add(String.join(".", List.of(segments).subList(0, end)));
        }
        return hierarchy;
    }

    private static boolean longer(Retention retention, Period maximum) {
        return !(retention instanceof Retention.AfterEvent after) || days(after.period()) > days(maximum);
    }

    @SuppressWarnings("JavaPeriodGetDays") // the days are added to the months, which are counted separately
    private static double days(Period period) {
        return period.toTotalMonths() * DAYS_A_MONTH + period.getDays();
    }

    private static LocalizedText text(String value) {
        return LocalizedText.of(value, value, value);
    }

    private static Finding finding(OrganisationRule rule, RegisterPath path, LocalizedText... arguments) {
        return new Finding(rule.requirement(), rule.severity(), path, List.of(arguments));
    }
}
