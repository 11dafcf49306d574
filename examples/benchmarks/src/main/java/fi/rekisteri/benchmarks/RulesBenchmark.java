package fi.rekisteri.benchmarks;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.rules.Check;
import fi.rekisteri.core.rules.OrganisationRule;
import fi.rekisteri.core.rules.OrganisationRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An organisation's 100 rules over its 1,000 registers in one process: {@link OrganisationRules#evaluate(Register)}
 * of every register, against {@link NaiveRules}, which evaluates the same rules as Fides' {@code evaluate} does,
 * working out every key's hierarchy again for every rule. One operation is all 100,000 register × rule evaluations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class RulesBenchmark {

    /** How many registers the organisation keeps. */
    static final int REGISTERS = 1000;

    List<Register> registers;
    OrganisationRules rules;
    NaiveRules naive;

    /**
     * Generates the registers and the rules, and checks that both evaluations give every register the same findings
     * and that every kind of rule has findings in some registers and none in others.
     *
     * @throws IllegalStateException if they do not: the figures would compare different work
     */
    @Setup(Level.Trial)
    public void setUp() {
        RulesWorkload workload = RulesWorkload.generate(REGISTERS, 13);
        registers = workload.registers;
        rules = OrganisationRules.of(workload.rules);
        naive = new NaiveRules(workload.rules);
        // Per kind of check: how many (register, rule) pairs have findings, and how many have none.
        Map<Kind, int[]> firedAndSilent = new EnumMap<>(Kind.class);
        for (int r = 0; r < registers.size(); r++) {
            List<Finding> expected = rules.evaluate(registers.get(r));
            List<Finding> actual = naive.evaluate(registers.get(r));
            if (!expected.equals(actual)) {
                throw new IllegalStateException("register-" + r + ": OrganisationRules found " + expected.size()
                        + " findings, NaiveRules " + actual.size() + "; first difference: "
                        + firstDifference(expected, actual));
            }
            Set<String> fired = expected.stream().map(Finding::ruleId).collect(Collectors.toSet());
            for (OrganisationRule rule : workload.rules) {
                int[] counts = firedAndSilent.computeIfAbsent(kindOf(rule.check()), k -> new int[2]);
                counts[fired.contains(rule.id()) ? 0 : 1]++;
            }
        }
        for (Kind kind : Kind.values()) {
            int[] counts = firedAndSilent.getOrDefault(kind, new int[2]);
            if (counts[0] == 0 || counts[1] == 0) {
                throw new IllegalStateException("the " + kind + " rules have findings in " + counts[0]
                        + " and none in " + counts[1] + " (register, rule) pairs: the workload tests too little");
            }
        }
    }

    /** Every rule over every register with {@code OrganisationRules}; the number of findings. */
    @Benchmark
    public int rekisteri() {
        int findings = 0;
        for (Register register : registers) {
            findings += rules.evaluate(register).size();
        }
        return findings;
    }

    /** The same with the naive peer. */
    @Benchmark
    public int naive() {
        int findings = 0;
        for (Register register : registers) {
            findings += naive.evaluate(register).size();
        }
        return findings;
    }

    /** The kinds of check, for the setup's account of which fire. */
    private enum Kind { DENY, REQUIRE, TRANSFERS, RETENTION, DPO, LANGUAGES }

    private static Kind kindOf(Check check) {
        if (check instanceof Check.Deny) {
            return Kind.DENY;
        } else if (check instanceof Check.Require) {
            return Kind.REQUIRE;
        } else if (check instanceof Check.AllowedTransfers) {
            return Kind.TRANSFERS;
        } else if (check instanceof Check.MaxRetention) {
            return Kind.RETENTION;
        } else if (check instanceof Check.RequireDpo) {
            return Kind.DPO;
        }
        return Kind.LANGUAGES;
    }

    private static String firstDifference(List<Finding> expected, List<Finding> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "at " + i + ", " + describe(expected.get(i)) + " against " + describe(actual.get(i));
            }
        }
        return expected.size() > actual.size() ? "NaiveRules lacks " + describe(expected.get(actual.size()))
                : "NaiveRules adds " + describe(actual.get(expected.size()));
    }

    private static String describe(Finding finding) {
        return finding.ruleId() + " at " + finding.location();
    }
}
