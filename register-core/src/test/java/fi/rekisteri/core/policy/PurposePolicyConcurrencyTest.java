package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PurposePolicyConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2_000;

    @Test
    void oneSharedPolicyGivesEveryThreadTheSameAnswers() throws Exception {
        PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());
        SubjectState state = SubjectState.builder(SubjectId.of("customer-1"))
                .consentGiven("newsletter", Instant.EPOCH)
                .build();
        List<PurposeHandle> purposes = policy.purposes();
        List<CategoryHandle> categories = policy.categories();

        // The answers of one thread alone, before any sharing.
        StringBuilder expected = new StringBuilder();
        for (PurposeHandle p : purposes) {
            for (CategoryHandle c : categories) {
                expected.append(answers(policy, state, p, c));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    String last = "";
                    for (int round = 0; round < ROUNDS; round++) {
                        StringBuilder seen = new StringBuilder();
                        for (PurposeHandle p : purposes) {
                            for (CategoryHandle c : categories) {
                                seen.append(answers(policy, state, p, c));
                            }
                        }
                        last = seen.toString();
                        if (!last.contentEquals(expected)) {
                            return last;
                        }
                    }
                    return last;
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                assertEquals(expected.toString(), result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answers(PurposePolicy policy, SubjectState state, PurposeHandle p, CategoryHandle c) {
        Decision byHandle = policy.check(p, c);
        Decision byKey = policy.check(p.key(), c.key());
        Decision withState = policy.check(state, p, c);
        return (byHandle.isAllowed() ? "A" : byHandle.reason()) + "|" + (byKey.isAllowed() ? "A" : byKey.reason())
                + "|" + (withState.isAllowed() ? "A" : withState.reason()) + ";";
    }
}
