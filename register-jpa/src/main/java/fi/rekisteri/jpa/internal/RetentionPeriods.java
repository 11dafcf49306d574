package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.jpa.RetentionEvent;
import java.time.Duration;
import java.time.temporal.TemporalAmount;
import java.util.Optional;

/**
 * What a retention rule means for the timestamps an application records: which {@link RetentionEvent} key it counts
 * from and how long after that event its data is due. The one place in register-jpa that knows the retention
 * variants; sweeps and erasure requests both ask it.
 */
public final class RetentionPeriods {

    private RetentionPeriods() {}

    /**
     * The event key a rule counts from: the rule's own {@link RetentionRule#event()}, or for a rule that counts from
     * collection (from-collection, or timed with no event) {@link RetentionEvent#COLLECTION}; empty for a rule whose
     * event only its words name, which a sweep cannot find.
     */
    public static Optional<String> eventKey(RetentionRule rule) {
        if (rule.event().isPresent()) {
            return rule.event();
        }
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case FROM_COLLECTION -> Optional.of(RetentionEvent.COLLECTION);
            case TIMED -> ((Retention.Timed) retention).event().isEmpty()
                    ? Optional.of(RetentionEvent.COLLECTION) : Optional.empty();
            case AFTER_EVENT, CRITERIA, UNTIL -> Optional.empty();
        };
    }

    /**
     * How long after its event a rule keeps data: its period (a {@code Period} of dates or a {@code Duration} of
     * hours and minutes); zero for a rule by criteria or until a condition, whose recorded event itself ends it.
     */
    public static TemporalAmount period(RetentionRule rule) {
        Retention retention = rule.retention();
        return switch (retention.kind()) {
            case AFTER_EVENT -> ((Retention.AfterEvent) retention).period();
            case FROM_COLLECTION -> ((Retention.FromCollection) retention).period();
            case TIMED -> ((Retention.Timed) retention).duration();
            case CRITERIA, UNTIL -> Duration.ZERO;
        };
    }
}
