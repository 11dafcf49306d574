package fi.rekisteri.benchmarks;

import java.util.function.BiPredicate;

/** Before measuring, every engine must give the reference answer, or the comparison means nothing. */
final class Checks {

    private Checks() {}

    /** The engine agrees with the reference on every purpose and category (for small and mid-sized registers). */
    static void agree(Workload w, BiPredicate<String, String> engine, String name) {
        if (w.categories.size() > 2_000) {
            agreeOnQuestions(w, engine, name);
            return;
        }
        for (int p = 0; p < Workload.PURPOSES; p++) {
            for (int c = 0; c < w.categories.size(); c++) {
                check(w, engine, name, p, c);
            }
        }
    }

    /** The engine agrees with the reference on the questions asked in the benchmark. */
    static void agreeOnQuestions(Workload w, BiPredicate<String, String> engine, String name) {
        for (int i = 0; i < Workload.QUESTIONS; i++) {
            check(w, engine, name, w.allowedPurpose[i], w.allowedCategory[i]);
            check(w, engine, name, w.deniedPurpose[i], w.deniedCategory[i]);
        }
    }

    private static void check(Workload w, BiPredicate<String, String> engine, String name, int p, int c) {
        boolean expected = w.covers(p, c);
        if (engine.test(w.purposes.get(p), w.categories.get(c)) != expected) {
            throw new IllegalStateException(name + " answers " + !expected + " for (" + w.purposes.get(p) + ", "
                    + w.categories.get(c) + "), expected " + expected);
        }
    }
}
