package fi.rekisteri.benchmarks;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.core.rules.Check;
import fi.rekisteri.core.rules.KeyMatch;
import fi.rekisteri.core.rules.KeyMatch.Matching;
import fi.rekisteri.core.rules.Match;
import fi.rekisteri.core.rules.OrganisationRule;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * An organisation's registers and rules, generated from a seed: a shared taxonomy of data categories in 3 and 4
 * levels, of dotted purposes and of subject groups; registers that each use a part of it (with every ancestor
 * declared), purposes with legal bases, subjects, third-country transfers, retention, a DPO in most; and rules of
 * every kind over the same taxonomy, naming keys at every level so that they match through ancestry.
 */
final class RulesWorkload {

    /** How many rules the organisation has. */
    static final int RULES = 100;

    private static final String[] TOP = {"contact", "identity", "financial", "health", "employment", "location",
        "online", "family", "education", "biometric"};
    private static final String[] SECOND = {"personal", "work", "home", "billing", "history", "records", "profile",
        "device", "account", "preferences", "official", "derived"};
    private static final String[] THIRD = {"primary", "secondary", "verified", "archived", "current", "previous",
        "shared", "internal"};
    private static final String[] FOURTH = {"raw", "aggregated", "pseudonymised"};
    private static final String[] PURPOSES = {"marketing", "marketing.email", "marketing.profiling",
        "marketing.direct.post", "marketing.direct.phone", "service", "service.billing", "service.support",
        "service.delivery", "service.account", "analytics", "analytics.product", "analytics.web.statistics",
        "analytics.web.ab-testing", "hr", "hr.payroll", "hr.recruitment", "hr.occupational-health", "security",
        "security.access-control", "security.fraud", "legal", "legal.accounting", "legal.claims", "research",
        "research.clinical", "care", "care.treatment", "care.appointments"};
    private static final String[] SUBJECTS = {"customer", "customer.minor", "customer.business", "employee",
        "employee.applicant", "employee.former", "visitor", "visitor.web", "patient", "patient.minor", "supplier"};
    private static final String[] LEGAL_BASES = {"consent", "contract", "legal-obligation", "vital-interests",
        "public-task", "legitimate-interests"};
    private static final String[] COUNTRIES = {"US", "JP", "GB", "CH", "IN", "CA", "KR", "BR", "AU", "SG"};
    private static final Safeguard[] SAFEGUARDS = {Safeguard.ADEQUACY_DECISION, Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
        Safeguard.BINDING_CORPORATE_RULES, Safeguard.DEROGATION_EXPLICIT_CONSENT};
    private static final Severity[] SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    /** NONE last: a match of one condition draws from the first two only. */
    private static final Matching[] MATCHINGS = {Matching.ANY, Matching.ALL, Matching.NONE};
    private static final LocalizedText MESSAGE = LocalizedText.of("Sääntö rikkoutuu: {0}", "Regeln bryts: {0}",
            "Rule broken: {0}");

    /** The data category keys of the taxonomy, each after its parent. */
    final List<String> categories;
    final List<Register> registers;
    final List<OrganisationRule> rules;

    private RulesWorkload(int registerCount, long seed) {
        Random random = new Random(seed);
        this.categories = taxonomy(random);
        List<Register> generated = new ArrayList<>(registerCount);
        for (int r = 0; r < registerCount; r++) {
            generated.add(register(r, random));
        }
        this.registers = List.copyOf(generated);
        this.rules = List.copyOf(rules(random));
    }

    /** {@code registers} registers and 100 rules; the same for the same arguments. */
    static RulesWorkload generate(int registers, long seed) {
        return new RulesWorkload(registers, seed);
    }

    /** Every top-level word, 3 to 6 children each, 2 to 4 under each of those, and under a third of them 2 more. */
    private static List<String> taxonomy(Random random) {
        List<String> keys = new ArrayList<>();
        for (String top : TOP) {
            keys.add(top);
            for (String second : pick(random, SECOND, 3 + random.nextInt(4))) {
                String secondKey = top + "." + second;
                keys.add(secondKey);
                for (String third : pick(random, THIRD, 2 + random.nextInt(3))) {
                    String thirdKey = secondKey + "." + third;
                    keys.add(thirdKey);
                    if (random.nextInt(3) == 0) {
                        for (String fourth : pick(random, FOURTH, 2)) {
                            keys.add(thirdKey + "." + fourth);
                        }
                    }
                }
            }
        }
        return List.copyOf(keys);
    }

    private Register register(int index, Random random) {
        boolean swedish = random.nextInt(10) < 6;
        boolean english = random.nextInt(10) < 7;
        Register.Builder builder = Register.builder("register-" + index,
                text(random, "Rekisteri " + index, swedish, english),
                Organisation.of("Esimerkki Oy", ContactDetails.none().withEmail("tietosuoja@example.fi")));
        if (random.nextInt(4) != 0) {
            builder.dataProtectionOfficer(ContactPoint.of("Tietosuojavastaava",
                    ContactDetails.none().withEmail("dpo@example.fi")));
        }

        // 8 to 25 keys of the taxonomy, with their ancestors, in taxonomy order (each after its parent).
        Set<String> used = new LinkedHashSet<>();
        int wanted = 8 + random.nextInt(18);
        for (int i = 0; i < wanted; i++) {
            String key = categories.get(random.nextInt(categories.size()));
            for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
                used.add(key.substring(0, dot));
            }
            used.add(key);
        }
        List<String> declared = categories.stream().filter(used::contains).toList();
        for (String key : declared) {
            builder.dataCategory(DataCategory.of(key, text(random, "Tietoryhmä " + key, swedish, english)));
        }

        Set<String> subjects = new LinkedHashSet<>();
        int subjectCount = 2 + random.nextInt(4);
        for (int i = 0; i < subjectCount; i++) {
            String key = SUBJECTS[random.nextInt(SUBJECTS.length)];
            int dot = key.indexOf('.');
            if (dot > 0) {
                subjects.add(key.substring(0, dot));
            }
            subjects.add(key);
        }
        List<String> subjectKeys = List.copyOf(subjects);
        for (String key : subjectKeys) {
            builder.subjectCategory(DataSubjectCategory.of(key, LocalizedText.fi("Ryhmä " + key)));
        }

        for (String key : pick(random, PURPOSES, 3 + random.nextInt(8))) {
            Purpose.Builder purpose = Purpose.builder(key, text(random, "Tarkoitus " + key, swedish, english))
                    .categories(sample(random, declared, 1 + random.nextInt(6)).toArray(String[]::new));
            if (random.nextInt(2) == 0) {
                purpose.subjects(sample(random, subjectKeys, 1 + random.nextInt(2)).toArray(String[]::new));
            }
            legalBasis(random).ifPresent(purpose::legalBasis);
            builder.purpose(purpose.build());
        }

        int transfers = random.nextInt(10);
        if (transfers < 4) {
            builder.transfers(Transfers.none());
        } else if (transfers < 9) {
            List<Transfer> list = new ArrayList<>();
            for (String country : pick(random, COUNTRIES, 1 + random.nextInt(3))) {
                list.add(random.nextInt(10) == 0
                        ? new Transfer(country, Optional.empty(), List.of(), Optional.empty(), Optional.empty())
                        : Transfer.to(country, SAFEGUARDS[random.nextInt(SAFEGUARDS.length)]));
            }
            builder.transfers(Transfers.of(list.toArray(Transfer[]::new)));
        }

        int retentionRules = 1 + random.nextInt(4);
        for (int i = 0; i < retentionRules; i++) {
            Retention retention = random.nextInt(7) == 0
                    ? Retention.criteria(LocalizedText.fi("niin kauan kuin asiakkuus kestää"))
                    : Retention.after(random.nextBoolean() ? Period.ofYears(1 + random.nextInt(12))
                            : Period.ofMonths(3 + random.nextInt(60)), LocalizedText.fi("asiakkuuden päättyminen"));
            builder.retention(RetentionRule.of(retention,
                    sample(random, declared, 1 + random.nextInt(3)).toArray(String[]::new)));
        }
        return builder.build();
    }

    /** One of the six bases, or (one purpose in twenty) none yet. */
    private static Optional<LegalBasis> legalBasis(Random random) {
        return switch (random.nextInt(20)) {
            case 0 -> Optional.empty();
            case 1, 2, 3, 4 -> Optional.of(LegalBasis.consent(LocalizedText.fi("peruutuslinkistä")));
            case 5, 6, 7, 8, 9, 10 -> Optional.of(LegalBasis.contract());
            case 11, 12, 13 -> Optional.of(LegalBasis.legalObligation(LocalizedText.fi("kirjanpitolaki")));
            case 14 -> Optional.of(LegalBasis.vitalInterests());
            case 15 -> Optional.of(LegalBasis.publicTask(LocalizedText.fi("laki")));
            default -> Optional.of(LegalBasis.legitimateInterests(LocalizedText.fi("asiakassuhde")));
        };
    }

    /**
     * 35 deny, 25 require, 10 transfer, 15 retention, 5 DPO and 10 language rules, shuffled, as an organisation's
     * file mixes them.
     */
    private List<OrganisationRule> rules(Random random) {
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            checks.add(new Check.Deny(match(random, 1 + random.nextInt(3))));
        }
        for (int i = 0; i < 25; i++) {
            checks.add(new Check.Require(random.nextInt(4) == 0 ? Match.any() : match(random, 1 + random.nextInt(2)),
                    match(random, 1 + random.nextInt(2))));
        }
        for (int i = 0; i < 10; i++) {
            Set<String> countries = random.nextInt(3) == 0 ? Set.of()
                    : Set.copyOf(pick(random, COUNTRIES, 2 + random.nextInt(5)));
            Set<Safeguard> mechanisms = countries.isEmpty() || random.nextBoolean()
                    ? Set.copyOf(pick(random, SAFEGUARDS, 1 + random.nextInt(3))) : Set.of();
            checks.add(new Check.AllowedTransfers(countries, mechanisms));
        }
        for (int i = 0; i < 15; i++) {
            checks.add(new Check.MaxRetention(upperKey(random, categories), Period.ofYears(1 + random.nextInt(8))));
        }
        for (int i = 0; i < 5; i++) {
            checks.add(new Check.RequireDpo());
        }
        for (int i = 0; i < 10; i++) {
            Set<Language> languages = EnumSet.of(Language.FI);
            if (random.nextBoolean()) {
                languages.add(Language.SV);
            }
            if (random.nextBoolean()) {
                languages.add(Language.EN);
            }
            checks.add(new Check.RequireLanguages(languages));
        }
        if (checks.size() != RULES) {
            throw new IllegalStateException(checks.size() + " rules generated, not " + RULES);
        }
        Collections.shuffle(checks, random);
        List<OrganisationRule> list = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Severity severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
            list.add(OrganisationRule.of("org-rule-" + i, severity, MESSAGE, checks.get(i)));
        }
        return list;
    }

    /** {@code conditions} different conditions of the four, each ANY, ALL or NONE of 1 to 3 keys. */
    private Match match(Random random, int conditions) {
        Match match = Match.any();
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3));
        Collections.shuffle(kinds, random);
        for (int kind : kinds.subList(0, conditions)) {
            // NONE alone would match almost every purpose; it mostly comes with another condition.
            Matching matching = MATCHINGS[random.nextInt(conditions == 1 ? 2 : 3)];
            int values = matching == Matching.ALL ? 1 + random.nextInt(2) : 1 + random.nextInt(3);
            match = switch (kind) {
                case 0 -> match.dataCategories(keys(random, matching, values, categories));
                case 1 -> match.purposes(keys(random, matching, values, List.of(PURPOSES)));
                case 2 -> match.subjects(keys(random, matching, values, List.of(SUBJECTS)));
                default -> match.legalBases(keys(random, matching, values, List.of(LEGAL_BASES)));
            };
        }
        return match;
    }

    private static KeyMatch keys(Random random, Matching matching, int count, List<String> from) {
        Set<String> values = new LinkedHashSet<>();
        while (values.size() < count) {
            values.add(upperKey(random, from));
        }
        return new KeyMatch(matching, List.copyOf(values));
    }

    /** A key of the list cut to one, two or three levels: rules name the upper levels and match through ancestry. */
    private static String upperKey(Random random, List<String> keys) {
        String key = keys.get(random.nextInt(keys.size()));
        int levels = 1 + random.nextInt(3);
        int end = -1;
        for (int i = 0; i < levels; i++) {
            end = key.indexOf('.', end + 1);
            if (end < 0) {
                return key;
            }
        }
        return key.substring(0, end);
    }

    /** Finnish always; Swedish and English as the register has them. */
    private static LocalizedText text(Random random, String finnish, boolean swedish, boolean english) {
        LocalizedText text = LocalizedText.fi(finnish);
        // One text in twenty lacks a language the register otherwise has.
        if (swedish && random.nextInt(20) != 0) {
            text = text.with(Language.SV, finnish + " (sv)");
        }
        if (english && random.nextInt(20) != 0) {
            text = text.with(Language.EN, finnish + " (en)");
        }
        return text;
    }

    private static <T> List<T> pick(Random random, T[] from, int count) {
        return sample(random, List.of(from), count);
    }

    /** {@code count} different elements (or all, if there are fewer), in random order. */
    private static <T> List<T> sample(Random random, List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
