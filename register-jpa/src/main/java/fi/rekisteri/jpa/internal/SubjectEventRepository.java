package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.jpa.SubjectEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The subject-state store's statements, and how a subject's state follows from its events.
 *
 * <p>The state is the events replayed in order of time, then of id (the order of recording within one application
 * instance; ids come from a sequence in blocks, so across instances only the time orders events): a consent replaces any earlier one to the
 * same purpose; a withdrawal ends the live consent; the first objection and the first restriction since the last
 * lift count. A withdrawal or lift with nothing to end changes nothing: the store refuses to record one, so it can
 * only come from two writers racing, and the state stays the one both meant.
 */
public final class SubjectEventRepository {

    private static final String CONSENT_GIVEN = "consent-given";
    private static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    private static final String OBJECTED = "objected-to-direct-marketing";
    private static final String RESTRICTED = "restricted";
    private static final String RESTRICTION_LIFTED = "restriction-lifted";

    private SubjectEventRepository() {}

    /** The subject's events, oldest first. */
    public static List<SubjectEvent> history(EntityManager em, SubjectId subject) {
        return em.createQuery("select e from RekisteriSubjectEvent e where e.subjectId = :subject"
                        + " order by e.occurredAt, e.id", SubjectEventEntity.class)
                .setParameter("subject", subject.value())
                .getResultStream()
                .map(SubjectEventRepository::toEvent)
                .toList();
    }

    /**
     * A page of the consents given and withdrawn for a purpose, every subject's, in order of subject, time and row id,
     * starting after the row {@code after} (from the start when empty). Keyset paging: each page is one query that
     * the index {@code rk_subject_event_purpose_ix} answers in order, however far into the table it starts.
     */
    public static List<ConsentEventRow> consentPage(EntityManager em, String purpose, Optional<ConsentEventRow> after,
            int size) {
        // Only consents and withdrawals have a purpose (the table's check constraint), so no test of the kind.
        String select = "select new " + ConsentEventRow.class.getName()
                + "(e.subjectId, e.kind, e.occurredAt, e.id, e.textVersion) from RekisteriSubjectEvent e"
                + " where e.purpose = :purpose";
        String order = " order by e.subjectId, e.occurredAt, e.id";
        TypedQuery<ConsentEventRow> query;
        if (after.isEmpty()) {
            query = em.createQuery(select + order, ConsentEventRow.class);
        } else {
            ConsentEventRow last = after.get();
            query = em.createQuery(select + " and (e.subjectId > :subject or (e.subjectId = :subject"
                            + " and (e.occurredAt > :at or (e.occurredAt = :at and e.id > :id))))" + order,
                            ConsentEventRow.class)
                    .setParameter("subject", last.subjectId())
                    .setParameter("at", last.at())
                    .setParameter("id", last.id());
        }
        return query.setParameter("purpose", purpose).setMaxResults(size).getResultList();
    }

    /** The consent event of a row read for a purpose. */
    static SubjectEvent consentEvent(ConsentEventRow row, String purpose) {
        return switch (row.kind()) {
            case CONSENT_GIVEN -> {
                String version = row.textVersion();
                if (version == null) {
                    throw new IllegalStateException("rk_subject_event row " + row.id() + " of kind '" + row.kind()
                            + "' lacks its text version");
                }
                yield new SubjectEvent.ConsentGiven(purpose, row.at(), version);
            }
            case CONSENT_WITHDRAWN -> new SubjectEvent.ConsentWithdrawn(purpose, row.at());
            default -> throw new IllegalStateException("rk_subject_event row " + row.id() + " has a purpose but the"
                    + " event_kind '" + row.kind() + "', not a consent given or withdrawn");
        };
    }

    /** The subject's state now: every event replayed. */
    public static SubjectState load(EntityManager em, SubjectId subject) {
        return replay(subject, history(em, subject), Instant.MAX);
    }

    /**
     * Appends an event after checking that it makes sense in the subject's state at its time.
     *
     * @return the subject's state with the event
     * @throws IllegalStateException if the event withdraws a consent that is not live, or lifts a restriction that is
     *     not in force, at its time
     * @throws IllegalArgumentException if a value is too long for its column
     */
    public static SubjectState append(EntityManager em, SubjectId subject, SubjectEvent event) {
        List<SubjectEvent> history = history(em, subject);
        SubjectState then = replay(subject, history, event.at());
        if (event instanceof SubjectEvent.ConsentWithdrawn w && !then.hasLiveConsent(w.purpose(), w.at())) {
            throw new IllegalStateException("the subject has no live consent to '" + w.purpose() + "' at " + w.at()
                    + " to withdraw");
        }
        if (event instanceof SubjectEvent.RestrictionLifted l && !then.isRestricted()) {
            throw new IllegalStateException("processing of the subject's data is not restricted at " + l.at()
                    + ", so there is no restriction to lift");
        }
        em.persist(toEntity(subject, event));
        em.flush();
        List<SubjectEvent> after = new ArrayList<>(history);
        after.add(event);
        return replay(subject, ordered(after), Instant.MAX);
    }

    /** Checks the values of an event against their columns and keeps its time as the database will. */
    public static SubjectEvent stored(SubjectEvent event) {
        if (event instanceof SubjectEvent.ConsentGiven g) {
            fit("purpose", g.purpose(), Columns.KEY);
            fit("textVersion", g.textVersion(), Columns.LINE);
            return new SubjectEvent.ConsentGiven(g.purpose(), micros(g.at()), g.textVersion());
        } else if (event instanceof SubjectEvent.ConsentWithdrawn w) {
            fit("purpose", w.purpose(), Columns.KEY);
            return new SubjectEvent.ConsentWithdrawn(w.purpose(), micros(w.at()));
        } else if (event instanceof SubjectEvent.ObjectedToDirectMarketing o) {
            return new SubjectEvent.ObjectedToDirectMarketing(micros(o.at()));
        } else if (event instanceof SubjectEvent.Restricted r) {
            return new SubjectEvent.Restricted(micros(r.at()));
        } else {
            return new SubjectEvent.RestrictionLifted(micros(event.at()));
        }
    }

    private static void fit(String field, String value, int limit) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (value.length() > limit) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; the store holds"
                    + " at most " + limit);
        }
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static List<SubjectEvent> ordered(List<SubjectEvent> events) {
        // Stable: events at the same time keep the order they were recorded in.
        return events.stream().sorted(Comparator.comparing(SubjectEvent::at)).toList();
    }

    /** The state after the events that happened at or before {@code until}; the events are in order. */
    static SubjectState replay(SubjectId subject, List<SubjectEvent> events, Instant until) {
        SubjectState.Builder state = SubjectState.builder(subject);
        SubjectState current = state.build();
        for (SubjectEvent event : events) {
            if (event.at().isAfter(until)) {
                break;
            }
            if (event instanceof SubjectEvent.ConsentGiven g) {
                state.consentGiven(g.purpose(), g.at(), g.textVersion());
            } else if (event instanceof SubjectEvent.ConsentWithdrawn w) {
                if (current.hasLiveConsent(w.purpose(), w.at())) {
                    state.consentWithdrawn(w.purpose(), w.at());
                }
            } else if (event instanceof SubjectEvent.ObjectedToDirectMarketing) {
                if (!current.hasObjectedToDirectMarketing()) {
                    state.objectedToDirectMarketing(event.at());
                }
            } else if (event instanceof SubjectEvent.Restricted) {
                if (!current.isRestricted()) {
                    state.restricted(event.at());
                }
            } else {
                state.restrictionLifted();
            }
            current = state.build();
        }
        return current;
    }

    private static SubjectEvent toEvent(SubjectEventEntity e) {
        return switch (e.kind) {
            case CONSENT_GIVEN -> new SubjectEvent.ConsentGiven(required(e.purpose, e), e.occurredAt,
                    required(e.textVersion, e));
            case CONSENT_WITHDRAWN -> new SubjectEvent.ConsentWithdrawn(required(e.purpose, e), e.occurredAt);
            case OBJECTED -> new SubjectEvent.ObjectedToDirectMarketing(e.occurredAt);
            case RESTRICTED -> new SubjectEvent.Restricted(e.occurredAt);
            case RESTRICTION_LIFTED -> new SubjectEvent.RestrictionLifted(e.occurredAt);
            default -> throw new IllegalStateException("rk_subject_event row " + e.id + " has the unknown event_kind '"
                    + e.kind + "'");
        };
    }

    private static String required(@Nullable String value, SubjectEventEntity e) {
        if (value == null) {
            throw new IllegalStateException("rk_subject_event row " + e.id + " of kind '" + e.kind
                    + "' lacks its purpose or text version");
        }
        return value;
    }

    private static SubjectEventEntity toEntity(SubjectId subject, SubjectEvent event) {
        String id = subject.value();
        if (event instanceof SubjectEvent.ConsentGiven g) {
            return new SubjectEventEntity(id, CONSENT_GIVEN, g.at(), g.purpose(), g.textVersion());
        } else if (event instanceof SubjectEvent.ConsentWithdrawn w) {
            return new SubjectEventEntity(id, CONSENT_WITHDRAWN, w.at(), w.purpose(), null);
        } else if (event instanceof SubjectEvent.ObjectedToDirectMarketing) {
            return new SubjectEventEntity(id, OBJECTED, event.at(), null, null);
        } else if (event instanceof SubjectEvent.Restricted) {
            return new SubjectEventEntity(id, RESTRICTED, event.at(), null, null);
        }
        return new SubjectEventEntity(id, RESTRICTION_LIFTED, event.at(), null, null);
    }
}
