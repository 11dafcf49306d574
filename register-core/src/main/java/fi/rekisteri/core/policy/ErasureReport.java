package fi.rekisteri.core.policy;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RetentionRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an erasure request (GDPR Art. 17) erased of a subject's data, and what it kept because a law obliges the
 * controller to keep it (Art. 17(3)(b)): until when, and under which law.
 *
 * <p>{@link #toString()} names the subject by pseudonym only.
 *
 * @param subject whose data this is
 * @param at when the erasure ran
 * @param erased what was erased, per entity type and category
 * @param kept what was kept, per entity type and category
 * @param unsearched entity types that hold personal data but mark no data subject, so were not searched
 */
public record ErasureReport(SubjectId subject, Instant at, List<Erased> erased, List<Kept> kept,
        List<String> unsearched) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if an argument is null
     */
    public ErasureReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        erased = List.copyOf(Objects.requireNonNull(erased, "erased"));
        kept = List.copyOf(Objects.requireNonNull(kept, "kept"));
        unsearched = List.copyOf(Objects.requireNonNull(unsearched, "unsearched"));
    }

    /**
     * A category's data erased from an entity type's rows of the subject.
     *
     * @param entity the entity type's name
     * @param category the data category's key
     * @param rows how many rows had it
     */
    public record Erased(String entity, String category, int rows) {
        /**
         * Creates the line.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code rows} is negative
         */
        public Erased {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(category, "category");
            if (rows < 0) {
                throw new IllegalArgumentException("rows " + rows + " is negative");
            }
        }
    }

    /**
     * A category's data kept in an entity type's rows of the subject, because a purpose based on a legal obligation
     * (Art. 6(1)(c)) uses it and a retention rule keeps it.
     *
     * @param entity the entity type's name
     * @param category the data category's key
     * @param rows how many rows have it
     * @param purpose the key of the purpose with the legal obligation
     * @param law the law that obliges the controller to keep it ({@code Kirjanpitolaki 1336/1997}); empty when the
     *     register does not cite it
     * @param until the last day it is kept, when the rule is a period and the row records its event; the latest of
     *     the rows
     * @param rule the retention rule that keeps it
     */
    public record Kept(String entity, String category, int rows, String purpose, Optional<LocalizedText> law,
            Optional<LocalDate> until, RetentionRule rule) {
        /**
         * Creates the line.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code rows} is negative
         */
        public Kept {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(law, "law");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(rule, "rule");
            if (rows < 0) {
                throw new IllegalArgumentException("rows " + rows + " is negative");
            }
        }
    }

    /** {@code ErasureReport[SubjectId[~…], 3 erased, 1 kept]}. */
    @Override
    public String toString() {
        return "ErasureReport[" + subject + ", " + erased.size() + " erased, " + kept.size() + " kept]";
    }
}
