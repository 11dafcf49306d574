package fi.rekisteri.jpa;

import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.CategoryHandle;
import fi.rekisteri.core.policy.ErasureReport;
import fi.rekisteri.core.policy.HeldValue;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposeHandle;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.jpa.internal.PersonalDataScan;
import fi.rekisteri.jpa.internal.MarkedMembers;
import fi.rekisteri.jpa.internal.MemberValues;
import fi.rekisteri.jpa.internal.RetentionPeriods;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers a data subject's access, portability and erasure requests (GDPR Art. 15, 20, 17) from the application's own
 * entities: every entity type of the persistence unit that marks {@link PersonalData} and a {@link DataSubject} is
 * searched for the subject's rows, by JPQL with the subject's id as a bind parameter, a bounded number of rows per
 * type.
 *
 * <p>The rows are read, and erased, inside a {@link ProcessingScope} of the register's purpose for answering
 * requests, {@value #PURPOSE} unless {@link #withPurpose(String)} names another: the register declares it, with the
 * legal obligation of GDPR Art. 12–22 as its basis and every category the requests reach, so that the
 * {@link PersonalDataGuard} lets the reading through and records it in the processing log.
 *
 * <pre>{@code
 * SubjectAccess requests = SubjectAccess.of(factory, policy, "privacy-desk");
 * AccessReport report = requests.access(SubjectId.of("customer-4711"));   // render with register-export
 * List<HeldValue> portable = report.portable();                            // Art. 20
 * ErasureReport erased = requests.erase(SubjectId.of("customer-4711"));
 * }</pre>
 */
public final class SubjectAccess {

    /** The key of the purpose the register declares for answering data subjects' requests, unless told another. */
    public static final String PURPOSE = "subject-requests";

    /** How many rows of one entity type an access report holds unless told otherwise. */
    public static final int DEFAULT_ROW_LIMIT = 10_000;

    /** How many processing log entries an access report holds at most. */
    public static final int LOG_LIMIT = 10_000;

    private static final int LOG_PAGE = 1_000;

    private final EntityManagerFactory factory;
    private final PurposePolicy policy;
    private final String actor;
    private final String purpose;
    private final Clock clock;
    private final int rowLimit;
    private final Set<String> erasingPurposes;
    private final Set<Class<?>> rowsKept;

    private SubjectAccess(EntityManagerFactory factory, PurposePolicy policy, String actor, String purpose,
            Clock clock, int rowLimit, Set<String> erasingPurposes, Set<Class<?>> rowsKept) {
        this.factory = factory;
        this.policy = policy;
        this.actor = actor;
        this.purpose = purpose;
        this.clock = clock;
        this.rowLimit = rowLimit;
        this.erasingPurposes = Set.copyOf(erasingPurposes);
        this.rowsKept = Set.copyOf(rowsKept);
    }

    /**
     * Requests answered on the factory's database, against the policy's register, by the actor (who answers, as the
     * processing log names them).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the actor is blank
     */
    public static SubjectAccess of(EntityManagerFactory factory, PurposePolicy policy, String actor) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(actor, "actor");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor is blank");
        }
        return new SubjectAccess(factory, policy, actor, PURPOSE, Clock.systemUTC(), DEFAULT_ROW_LIMIT, Set.of(),
                Set.of());
    }

    /**
     * These requests answered under another purpose of the register.
     *
     * @throws NullPointerException if {@code purposeKey} is null
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register does not declare it
     */
    public SubjectAccess withPurpose(String purposeKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        policy.purpose(purposeKey);
        return new SubjectAccess(factory, policy, actor, purposeKey, clock, rowLimit, erasingPurposes, rowsKept);
    }

    /**
     * These requests with a purpose of the register whose legal obligation is to erase, not to keep: the purpose a
     * {@link RetentionSweep} erases under (GDPR Art. 5(1)(e)) uses every category it sweeps, and an erasure must not
     * read that as a law keeping them. Like the purpose for answering requests, it keeps nothing.
     *
     * @throws NullPointerException if {@code purposeKey} is null
     * @throws fi.rekisteri.core.policy.UnknownKeyException if the register does not declare it
     */
    public SubjectAccess withErasingPurpose(String purposeKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        policy.purpose(purposeKey);
        Set<String> erasing = new LinkedHashSet<>(erasingPurposes);
        erasing.add(purposeKey);
        return new SubjectAccess(factory, policy, actor, purpose, clock, rowLimit, erasing, rowsKept);
    }

    /**
     * These requests keeping the rows of an entity type when they erase all of a row's personal data: its
     * {@link PersonalData} members are set to null instead of the row being deleted, because rows that are kept
     * refer to it (a customer row the orders kept for bookkeeping point at).
     *
     * @throws NullPointerException if {@code entity} is null
     */
    public SubjectAccess withRowsKept(Class<?> entity) {
        Objects.requireNonNull(entity, "entity");
        Set<Class<?>> kept = new LinkedHashSet<>(rowsKept);
        kept.add(entity);
        return new SubjectAccess(factory, policy, actor, purpose, clock, rowLimit, erasingPurposes, kept);
    }

    /** These requests timed by the clock. */
    public SubjectAccess withClock(Clock clock) {
        return new SubjectAccess(factory, policy, actor, purpose, Objects.requireNonNull(clock, "clock"), rowLimit,
                erasingPurposes, rowsKept);
    }

    /**
     * These requests reading at most {@code rows} rows of one entity type into a report.
     *
     * @throws IllegalArgumentException if {@code rows} is not positive
     */
    public SubjectAccess withRowLimit(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("row limit " + rows + " is not positive");
        }
        return new SubjectAccess(factory, policy, actor, purpose, clock, rows, erasingPurposes, rowsKept);
    }

    /**
     * Everything the application holds and has recorded about the subject: the values of their rows by category and
     * entity, their consents, objection and restriction, the processing log's entries about them, and the register.
     *
     * @throws NullPointerException if {@code subject} is null
     * @throws fi.rekisteri.core.policy.PurposeViolationException if the purpose does not cover a category found
     */
    public AccessReport access(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        SubjectState state = SubjectStateStore.of(factory).load(subject);
        List<HeldValue> values = new ArrayList<>();
        List<String> truncated = new ArrayList<>();
        List<String> unsearched = new ArrayList<>();
        scope(state).run(() -> factory.runInTransaction(em -> {
            for (EntityType<?> type : searched(em, unsearched)) {
                List<?> rows = rows(em, type, subject, 0, rowLimit + 1);
                if (rows.size() > rowLimit) {
                    truncated.add(type.getName());
                }
                for (Object row : rows.subList(0, Math.min(rows.size(), rowLimit))) {
                    for (PersonalDataField field : PersonalDataScan.fields(type.getJavaType())) {
                        Object value = MemberValues.read(row, field.member());
                        if (value != null) {
                            values.add(new HeldValue(field.category(), type.getName(), field.member(),
                                    MemberValues.text(value)));
                        }
                    }
                }
            }
        }));
        List<ProcessingEntry> processing = processing(subject, truncated);
        return new AccessReport(policy.register(), subject, clock.instant(), values, state, processing, unsearched,
                truncated);
    }

    /**
     * Erases the subject's data that no law obliges the controller to keep: a category is kept when a purpose based
     * on a legal obligation (Art. 6(1)(c)) uses it and a retention rule applies to it. Erased values are set to
     * null; a row with nothing kept is deleted, unless its type's rows are kept ({@link #withRowsKept(Class)}). All in one transaction, recorded in the processing log as one entry
     * of the erased categories.
     *
     * @throws NullPointerException if {@code subject} is null
     * @throws fi.rekisteri.core.policy.PurposeViolationException if the purpose does not cover a category found
     * @throws IllegalStateException if an erased member is primitive or not a field
     */
    public ErasureReport erase(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        SubjectState state = SubjectStateStore.of(factory).load(subject);
        ProcessingScope scope = scope(state);
        Map<String, Integer> erased = new LinkedHashMap<>();
        Map<String, ErasureReport.Kept> kept = new LinkedHashMap<>();
        List<String> unsearched = new ArrayList<>();
        scope.run(() -> factory.runInTransaction(em -> {
            for (EntityType<?> type : searched(em, unsearched)) {
                int offset = 0;
                while (true) {
                    List<?> rows = rows(em, type, subject, offset, rowLimit);
                    for (Object row : rows) {
                        if (eraseRow(em, type, row, erased, kept)) {
                            offset++;
                        }
                    }
                    em.flush();
                    em.clear();
                    if (rows.size() < rowLimit) {
                        break;
                    }
                }
            }
            Set<String> categories = new LinkedHashSet<>();
            erased.keySet().forEach(key -> categories.add(key.substring(key.indexOf(' ') + 1)));
            if (!categories.isEmpty()) {
                scope.recordTo(JpaProcessingLog.joining(em), clock, categories.toArray(String[]::new));
            }
        }));
        List<ErasureReport.Erased> erasedLines = new ArrayList<>();
        erased.forEach((key, rows) -> erasedLines.add(new ErasureReport.Erased(key.substring(0, key.indexOf(' ')),
                key.substring(key.indexOf(' ') + 1), rows)));
        return new ErasureReport(subject, clock.instant(), erasedLines, List.copyOf(kept.values()), unsearched);
    }

    /** Erases a row's data that nothing keeps; true if the row stays. */
    private boolean eraseRow(EntityManager em, EntityType<?> type, Object row, Map<String, Integer> erased,
            Map<String, ErasureReport.Kept> kept) {
        List<PersonalDataField> toErase = new ArrayList<>();
        Set<String> rowKept = new LinkedHashSet<>();
        for (PersonalDataField field : PersonalDataScan.fields(type.getJavaType())) {
            Optional<ErasureReport.Kept> keep = keeping(type, row, field.category());
            if (keep.isPresent()) {
                rowKept.add(field.category());
                kept.merge(type.getName() + " " + field.category(), keep.get(), SubjectAccess::later);
            } else if (MemberValues.read(row, field.member()) != null) {
                toErase.add(field);
            }
        }
        Set<String> rowErased = new LinkedHashSet<>();
        toErase.forEach(field -> rowErased.add(field.category()));
        rowErased.forEach(category -> erased.merge(type.getName() + " " + category, 1, Integer::sum));
        if (rowKept.isEmpty() && !rowsKept.contains(type.getJavaType())) {
            em.remove(row);
            return false;
        }
        toErase.forEach(field -> MemberValues.clear(row, field.member()));
        return true;
    }

    /** Two rows' kept lines of one entity type and category: counted together, until the later date. */
    private static ErasureReport.Kept later(ErasureReport.Kept a, ErasureReport.Kept b) {
        Optional<LocalDate> until = a.until().isEmpty() || b.until().isEmpty() ? Optional.empty()
                : Optional.of(a.until().get().isAfter(b.until().get()) ? a.until().get() : b.until().get());
        return new ErasureReport.Kept(a.entity(), a.category(), a.rows() + b.rows(), a.purpose(), a.law(), until,
                a.rule());
    }

    /**
     * Whether a law keeps a row's category: a purpose based on a legal obligation uses it and a retention rule covers
     * it. The purpose for answering requests and the erasing purposes do not count: their obligations are to answer
     * and to erase, not to keep.
     */
    private Optional<ErasureReport.Kept> keeping(EntityType<?> type, Object row, String categoryKey) {
        Optional<CategoryHandle> category = policy.findCategory(categoryKey);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        Optional<RetentionRule> rule = policy.retention().ruleFor(categoryKey);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Optional<PurposeHandle> obliged = policy.purposes().stream()
                .filter(handle -> !handle.key().equals(purpose) && !erasingPurposes.contains(handle.key())
                        && handle.mayUse(category.get())
                        && handle.purpose().legalBasis().filter(b -> b instanceof LegalBasis.LegalObligation).isPresent())
                .min(Comparator.comparing(PurposeHandle::index));
        if (obliged.isEmpty()) {
            return Optional.empty();
        }
        Purpose purposeKept = obliged.get().purpose();
        LegalBasis.LegalObligation basis = (LegalBasis.LegalObligation) purposeKept.legalBasis().orElseThrow();
        Optional<LocalDate> until = RetentionPeriods.eventKey(rule.get())
                .flatMap(key -> Optional.ofNullable(MarkedMembers.of(type.getJavaType()).events().get(key)))
                .flatMap(member -> Optional.ofNullable(MemberValues.read(row, member.name())))
                .map(event -> MemberValues.instant(event, ZoneOffset.UTC).atZone(ZoneOffset.UTC)
                        .plus(RetentionPeriods.period(rule.get())).toLocalDate());
        return Optional.of(new ErasureReport.Kept(type.getName(), categoryKey, 1, purposeKept.key(), basis.law(),
                until, rule.get()));
    }

    private ProcessingScope scope(SubjectState state) {
        return ProcessingScope.of(policy, state, policy.purpose(purpose), actor);
    }

    /** The entity types with personal data and a data subject member; those without one are added to unsearched. */
    private static List<EntityType<?>> searched(EntityManager em, List<String> unsearched) {
        List<EntityType<?>> types = new ArrayList<>();
        em.getMetamodel().getEntities().stream()
                .sorted(Comparator.comparing(EntityType::getName))
                .filter(type -> !PersonalDataScan.fields(type.getJavaType()).isEmpty())
                .forEach(type -> {
                    if (MarkedMembers.of(type.getJavaType()).subject().isPresent()) {
                        types.add(type);
                    } else {
                        unsearched.add(type.getName());
                    }
                });
        return types;
    }

    /** A page of the subject's rows of an entity type, in the order of their ids. */
    private static List<?> rows(EntityManager em, EntityType<?> type, SubjectId subject, int offset, int limit) {
        String attribute = MarkedMembers.of(type.getJavaType()).subject().orElseThrow().name();
        Optional<Object> id = subjectValue(type.getAttribute(attribute).getJavaType(), subject);
        if (id.isEmpty()) {
            return List.of();
        }
        String order = type.hasSingleIdAttribute()
                ? " order by e." + type.getId(type.getIdType().getJavaType()).getName() : "";
        TypedQuery<?> query = em.createQuery("select e from " + type.getName() + " e where e." + attribute
                + " = :subject" + order, type.getJavaType());
        return query.setParameter("subject", id.get()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The subject's id as the attribute's type holds it; empty when it cannot be one (a text id in a numeric column). */
    private static Optional<Object> subjectValue(Class<?> type, SubjectId subject) {
        String value = subject.value();
        try {
            if (type == String.class) {
                return Optional.of(value);
            } else if (type == Long.class || type == long.class) {
                return Optional.of(Long.valueOf(value));
            } else if (type == Integer.class || type == int.class) {
                return Optional.of(Integer.valueOf(value));
            } else if (type == UUID.class) {
                return Optional.of(UUID.fromString(value));
            } else if (type == SubjectId.class) {
                return Optional.of(subject);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        throw new IllegalStateException("@DataSubject attribute of type " + type.getName() + " is not supported;"
                + " use String, Long, Integer, UUID or SubjectId");
    }

    private List<ProcessingEntry> processing(SubjectId subject, List<String> truncated) {
        JpaProcessingLog log = JpaProcessingLog.of(factory);
        List<ProcessingEntry> entries = new ArrayList<>();
        ProcessingLogPage page = log.about(subject, LOG_PAGE);
        while (true) {
            for (ProcessingEntry entry : page.entries()) {
                if (entries.size() == LOG_LIMIT) {
                    truncated.add(AccessReport.PROCESSING_LOG);
                    return entries;
                }
                entries.add(entry);
            }
            if (page.next().isEmpty()) {
                return entries;
            }
            page = log.about(subject, page.next().get(), LOG_PAGE);
        }
    }

    /** {@code SubjectAccess[purpose subject-requests]}. */
    @Override
    public String toString() {
        return "SubjectAccess[purpose " + purpose + "]";
    }
}
