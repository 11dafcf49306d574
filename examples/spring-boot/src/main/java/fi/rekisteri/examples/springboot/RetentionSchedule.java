package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.jpa.ErasureMethod;
import fi.rekisteri.jpa.RetentionSweep;
import fi.rekisteri.jpa.SweepReport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases what the register's retention rules say is due, every night at 03:00 UTC unless {@code shop.retention.cron}
 * says otherwise: the customer's contact details (nulled, the row stays for the orders) and delivery address
 * (deleted) two years after the last order, an order (deleted) six years after the end of its financial year. Each
 * erasure is recorded in the processing log under the register's purpose {@code retention}; legal holds
 * ({@link fi.rekisteri.jpa.LegalHolds}) keep what they hold. Run one instance of the application with the schedule,
 * or lock it (ShedLock, a database advisory lock): two sweeps at once would erase the same rows twice.
 */
@Component
class RetentionSchedule {

    /** The register's purpose the sweep erases under. */
    static final String PURPOSE = "retention";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final EntityManagerFactory factory;
    private final PurposePolicy policy;
    private final Clock clock;

    RetentionSchedule(EntityManagerFactory factory, PurposePolicy policy, Clock clock) {
        this.factory = factory;
        this.policy = policy;
        this.clock = clock;
        // Built once at start-up too, so that an entity the sweep cannot handle stops the application.
        sweep(clock);
    }

    /** The nightly sweep; its log lines hold counts, categories and entity names, never a customer. */
    @Scheduled(cron = "${shop.retention.cron:0 0 3 * * *}", zone = "UTC")
    void sweep() {
        SweepReport report = sweepAt(clock);
        for (SweepReport.Line line : report.lines()) {
            LOG.info("retention sweep: {} {}: {} erased, {} held", line.entity(), line.category(), line.erased(),
                    line.held());
        }
        LOG.info("retention sweep at {}: {} erased, {} held by {} legal hold(s)", report.at(), report.erased(),
                report.held(), report.holds().size());
    }

    /** Sweeps as if it were the clock's now: what {@link #sweep()} does, for a test with a fixed clock. */
    SweepReport sweepAt(Clock now) {
        return sweep(now).run();
    }

    private RetentionSweep sweep(Clock now) {
        return RetentionSweep.builder(factory, policy)
                .purpose(PURPOSE)
                .clock(now)
                .entity(Customer.class, ErasureMethod.nullFields())
                .entity(DeliveryAddress.class, ErasureMethod.deleteRows())
                .entity(ShopOrder.class, ErasureMethod.deleteRows())
                .build();
    }
}
