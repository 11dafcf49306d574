package fi.rekisteri.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A {@link ProcessingLog} in memory, for tests and small applications; thread-safe, and lost at shutdown. */
public final class InMemoryProcessingLog implements ProcessingLog {

    private final List<ProcessingEntry> entries = new ArrayList<>();

    /** An empty log. */
    public InMemoryProcessingLog() {}

    @Override
    public synchronized void record(ProcessingEntry entry) {
        entries.add(Objects.requireNonNull(entry, "entry"));
    }

    /** Every entry so far, oldest first. */
    public synchronized List<ProcessingEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries about one subject, oldest first: what an access request (GDPR Art. 15) asks for. */
    public synchronized List<ProcessingEntry> entriesAbout(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        return entries.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    /** {@code InMemoryProcessingLog[n entries]}. */
    @Override
    public synchronized String toString() {
        return "InMemoryProcessingLog[" + entries.size() + " entries]";
    }
}
