package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.SubjectEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every consent a subject has given, from their events: where {@link fi.rekisteri.core.policy.SubjectState} keeps the
 * latest consent to each purpose, this keeps each one, so a consent given, withdrawn and given again is two consents.
 *
 * <p>The events are replayed as {@link SubjectEventRepository} replays them: a consent given starts a new consent to
 * its purpose, and a withdrawal ends the live one (a withdrawal with nothing live to end, which only two writers
 * racing can store, changes nothing). A consent given again while the earlier one is live starts a new consent too,
 * and the earlier one is handed out without a withdrawal: core's
 * {@link fi.rekisteri.core.policy.ConsentRecords#history} ends its record as superseded by the renewed one.
 */
public final class ConsentHistory {

    private ConsentHistory() {}

    /** A subject and their consents to one purpose, in order of when each was given. */
    public record SubjectsConsents(SubjectId subject, List<SubjectConsent> consents) {}

    /** The subject's consents from their events (oldest first), in order of purpose key, then of when given. */
    public static List<SubjectConsent> consents(List<SubjectEvent> events) {
        Map<String, Replay> purposes = new HashMap<>();
        List<SubjectConsent> consents = new ArrayList<>();
        for (SubjectEvent event : events) {
            if (event instanceof SubjectEvent.ConsentGiven g) {
                purposes.computeIfAbsent(g.purpose(), key -> new Replay()).given(g, consents);
            } else if (event instanceof SubjectEvent.ConsentWithdrawn w) {
                purposes.computeIfAbsent(w.purpose(), key -> new Replay()).withdrawn(w, consents);
            }
        }
        purposes.values().forEach(replay -> replay.end(consents));
        return consents.stream()
                .sorted(Comparator.comparing(SubjectConsent::purpose).thenComparing(SubjectConsent::given))
                .toList();
    }

    /**
     * The consents to one purpose of every subject, read a page of events at a time: {@code pages} gives the page of
     * at most {@code pageSize} rows after a row (the first page after none), in order of subject, time and row id; a
     * page shorter than that is the last. Only one page and one subject's events are held at a time. The stream is in order of subject (as the pages
     * give them), one subject's consents together.
     */
    public static Stream<SubjectsConsents> ofPurpose(String purpose, int pageSize,
            Function<Optional<ConsentEventRow>, List<ConsentEventRow>> pages) {
        Spliterator<SubjectsConsents> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private final PurposeReader reader = new PurposeReader(purpose, pageSize, pages);

            @Override
            public boolean tryAdvance(Consumer<? super SubjectsConsents> action) {
                SubjectsConsents next = reader.next();
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    /** Reads pages of one purpose's events and hands out each subject's consents, one subject's events at a time. */
    private static final class PurposeReader {
        private final String purpose;
        private final int pageSize;
        private final Function<Optional<ConsentEventRow>, List<ConsentEventRow>> pages;
        private final ArrayDeque<SubjectsConsents> ready = new ArrayDeque<>();
        private final List<SubjectEvent> subjectEvents = new ArrayList<>();
        private @Nullable String subject;
        private Iterator<ConsentEventRow> page = List.<ConsentEventRow>of().iterator();
        private Optional<ConsentEventRow> last = Optional.empty();
        private boolean lastPage;
        private boolean exhausted;

        PurposeReader(String purpose, int pageSize,
                Function<Optional<ConsentEventRow>, List<ConsentEventRow>> pages) {
            this.purpose = purpose;
            this.pageSize = pageSize;
            this.pages = pages;
        }

        @Nullable SubjectsConsents next() {
            while (ready.isEmpty() && !exhausted) {
                if (!page.hasNext()) {
                    List<ConsentEventRow> rows = lastPage ? List.of() : pages.apply(last);
                    if (rows.isEmpty()) {
                        exhausted = true;
                        flush();
                        break;
                    }
                    lastPage = rows.size() < pageSize;
                    page = rows.iterator();
                }
                ConsentEventRow row = page.next();
                last = Optional.of(row);
                if (!row.subjectId().equals(subject)) {
                    flush();
                    subject = row.subjectId();
                }
                subjectEvents.add(row.toEvent(purpose));
            }
            return ready.poll();
        }

        /** Turns the events of the subject read so far into their consents. */
        private void flush() {
            String current = subject;
            if (current != null && !subjectEvents.isEmpty()) {
                List<SubjectConsent> consents = consents(subjectEvents);
                if (!consents.isEmpty()) {
                    ready.add(new SubjectsConsents(SubjectId.of(current), consents));
                }
            }
            subjectEvents.clear();
        }
    }

    /** One purpose's consent being replayed. */
    private static final class Replay {
        private SubjectEvent.@Nullable ConsentGiven live;

        void given(SubjectEvent.ConsentGiven given, List<SubjectConsent> out) {
            end(out);
            live = given;
        }

        void withdrawn(SubjectEvent.ConsentWithdrawn withdrawn, List<SubjectConsent> out) {
            SubjectEvent.ConsentGiven given = live;
            // Events come in order of time, so the live consent was given at or before the withdrawal.
            if (given != null) {
                out.add(consent(given, Optional.of(withdrawn.at())));
                live = null;
            }
        }

        /** Hands out the live consent, if any, as not withdrawn. */
        void end(List<SubjectConsent> out) {
            SubjectEvent.ConsentGiven given = live;
            if (given != null) {
                out.add(consent(given, Optional.empty()));
                live = null;
            }
        }

        private static SubjectConsent consent(SubjectEvent.ConsentGiven given, Optional<Instant> withdrawn) {
            return new SubjectConsent(given.purpose(), given.at(), withdrawn, Optional.of(given.textVersion()));
        }
    }
}
