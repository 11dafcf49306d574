package fi.rekisteri.core.policy;

import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to a data subject's access request (GDPR Art. 15): the personal data the application holds about them,
 * what they have said (consents, objection, restriction), the processing recorded about them, and the register the
 * Art. 15(1)(a)–(h) and 15(2) information comes from (purposes, categories, recipients, retention, rights, the
 * right to complain, sources, automated decisions, the safeguards of transfers). register-export renders it.
 *
 * <p>{@link #toString()} names the subject by pseudonym and counts the values, never showing one.
 *
 * @param register the register the information about the processing comes from
 * @param subject whose data this is
 * @param at when the report was made
 * @param values the values held, in the order found
 * @param state what the subject has said: consents with their dates and text versions, objection, restriction
 * @param processing the processing log's entries about the subject, oldest first
 * @param unsearched entity types that hold personal data but mark no data subject, so could not be searched
 * @param truncated where a limit cut the report short: an entity type's name, or {@code processing-log}
 */
public record AccessReport(
        Register register,
        SubjectId subject,
        Instant at,
        List<HeldValue> values,
        SubjectState state,
        List<ProcessingEntry> processing,
        List<String> unsearched,
        List<String> truncated) {

    /** What {@link #truncated()} names when the processing log had more entries than the report holds. */
    public static final String PROCESSING_LOG = "processing-log";

    /**
     * Creates a report; the state must be the subject's.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the state or an entry is another subject's
     */
    public AccessReport {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        Objects.requireNonNull(state, "state");
        processing = List.copyOf(Objects.requireNonNull(processing, "processing"));
        unsearched = List.copyOf(Objects.requireNonNull(unsearched, "unsearched"));
        truncated = List.copyOf(Objects.requireNonNull(truncated, "truncated"));
        if (!state.subject().equals(subject)) {
            throw new IllegalArgumentException("the subject state is of " + state.subject() + ", not of " + subject);
        }
        for (ProcessingEntry entry : processing) {
            if (!entry.subject().equals(subject)) {
                throw new IllegalArgumentException("a processing entry is about " + entry.subject() + ", not " + subject);
            }
        }
    }

    /** The values by category key, categories in the order first found. */
    public Map<String, List<HeldValue>> valuesByCategory() {
        Map<String, List<HeldValue>> grouped = values.stream().collect(Collectors.groupingBy(HeldValue::category,
                LinkedHashMap::new, Collectors.toList()));
        grouped.replaceAll((category, held) -> List.copyOf(held));
        return Collections.unmodifiableMap(grouped);
    }

    /** Whether every value and log entry is in the report: no limit was reached and every entity type was searched. */
    public boolean isComplete() {
        return truncated.isEmpty() && unsearched.isEmpty();
    }

    /**
     * The part of the data that the right to data portability covers (GDPR Art. 20(1)): values of categories the
     * subject provided — a {@link Source.DataSubject} source of the register names the category or one above it — and
     * that a purpose based on consent or contract uses.
     */
    public List<HeldValue> portable() {
        PurposePolicy policy = PurposePolicy.compile(register);
        Set<String> provided = register.sources().stream()
                .filter(source -> source instanceof Source.DataSubject)
                .flatMap(source -> source.categories().stream())
                .collect(Collectors.toSet());
        List<PurposeHandle> consentOrContract = policy.purposes().stream()
                .filter(handle -> isConsentOrContract(handle.purpose()))
                .toList();
        return values.stream().filter(value -> {
            Optional<CategoryHandle> category = policy.findCategory(value.category());
            if (category.isEmpty() || !providedBySubject(value.category(), provided)) {
                return false;
            }
            return consentOrContract.stream().anyMatch(purpose -> purpose.mayUse(category.get()));
        }).toList();
    }

    private static boolean isConsentOrContract(Purpose purpose) {
        return purpose.legalBasis().map(LegalBasis::kind)
                .filter(kind -> kind == LegalBasis.Kind.CONSENT || kind == LegalBasis.Kind.CONTRACT)
                .isPresent();
    }

    /** A category is provided by the subject when a subject source names it or a category above it. */
    private static boolean providedBySubject(String category, Set<String> provided) {
        for (String key = category; ; key = key.substring(0, key.lastIndexOf('.'))) {
            if (provided.contains(key)) {
                return true;
            }
            if (key.indexOf('.') < 0) {
                return false;
            }
        }
    }

    /** {@code AccessReport[register customers, SubjectId[~…], 12 values, 3 log entries, complete]}. */
    @Override
    public String toString() {
        return "AccessReport[register " + register.key() + ", " + subject + ", " + values.size() + " values, "
                + processing.size() + " log entries, " + (isComplete() ? "complete" : "incomplete") + "]";
    }
}
