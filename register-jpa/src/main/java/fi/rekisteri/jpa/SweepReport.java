package fi.rekisteri.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link RetentionSweep} erased, or in a dry run would erase: one line per entity and category due.
 *
 * @param dryRun whether nothing was changed
 * @param at the time the sweep measured the periods from
 * @param lines per entity and data category, in the order the sweep went
 * @param holds the legal holds that kept at least one due row
 */
public record SweepReport(boolean dryRun, Instant at, List<Line> lines, List<LegalHold> holds) {

    /** Creates a report. */
    public SweepReport {
        Objects.requireNonNull(at, "at");
        lines = List.copyOf(lines);
        holds = List.copyOf(holds);
    }

    /** Rows erased (or, in a dry run, due) over every line. */
    public long erased() {
        return lines.stream().mapToLong(Line::erased).sum();
    }

    /** Due rows kept by a legal hold over every line. */
    public long held() {
        return lines.stream().mapToLong(Line::held).sum();
    }

    /**
     * One entity's one category.
     *
     * @param entity the entity's name
     * @param category the data category's key
     * @param erased rows erased (in a dry run: that would be)
     * @param held due rows a legal hold kept
     * @param oldestDue when the oldest of the erased rows fell due
     */
    public record Line(String entity, String category, long erased, long held, Optional<Instant> oldestDue) {
        /** Creates a line. */
        public Line {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(oldestDue, "oldestDue");
        }
    }
}
