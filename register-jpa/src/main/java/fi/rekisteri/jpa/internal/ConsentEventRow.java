package fi.rekisteri.jpa.internal;

import fi.rekisteri.jpa.SubjectEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A consent given or withdrawn, as a query reads its row of {@code rk_subject_event}: plain values, never a managed
 * entity, so reading many pages in the caller's entity manager does not fill its persistence context.
 *
 * @param subjectId the subject's own id, as stored
 * @param kind the event's kind code
 * @param at when it happened
 * @param id the row's id, the last key of the order
 * @param textVersion the consent text's version of a consent given; null for a withdrawal
 */
public record ConsentEventRow(String subjectId, String kind, Instant at, Long id, @Nullable String textVersion) {

    /** The event, for the purpose the rows were read for. */
    SubjectEvent toEvent(String purpose) {
        return SubjectEventRepository.consentEvent(this, purpose);
    }

    /** {@code ConsentEventRow[id, kind, at]}: never the subject. */
    @Override
    public String toString() {
        return "ConsentEventRow[" + id + ", " + kind + ", " + at + "]";
    }
}
