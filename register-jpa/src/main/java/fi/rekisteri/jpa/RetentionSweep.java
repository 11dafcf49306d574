package fi.rekisteri.jpa;

import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.policy.ProcessingEntry;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposeHandle;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.jpa.internal.LegalHoldEntity;
import fi.rekisteri.jpa.internal.PersonalDataScan;
import fi.rekisteri.jpa.internal.ProcessingLogRepository;
import fi.rekisteri.jpa.internal.MarkedMembers;
import fi.rekisteri.jpa.internal.MemberValues;
import fi.rekisteri.jpa.internal.RetentionPeriods;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Erases what the register's retention rules say is due: for each configured entity and each of its {@link
 * PersonalData} categories, the rows whose {@link RetentionEvent} timestamp for the rule's event is at least the
 * rule's period old. It works in the database, in batches of ids (bounded memory: it never loads a table, and only
 * the anonymiser path loads entities, one batch at a time), each batch in a transaction of its own with its
 * processing-log entries: one per erased row, under the sweep's retention purpose, naming the row's {@link
 * DataSubject} (the log keeps the application's opaque id, as for every other processing, and prints it only as a
 * keyed pseudonym). Rows and subjects under a {@link LegalHolds legal hold} are skipped and reported as held. On
 * PostgreSQL and H2 a batch's log entries go as one SQL insert over the transaction's JDBC connection (the subjects
 * and ids as two arrays), into the shipped schema's {@code rk_processing_entry} with ids from its sequence as the
 * mapping takes them; on other databases they are persisted, as one JDBC batch of the batch's size on Hibernate ORM
 * whatever batch size the application configured.
 *
 * <pre>{@code
 * RetentionSweep sweep = RetentionSweep.builder(entityManagerFactory, policy)
 *         .purpose("retention")
 *         .entity(Customer.class, ErasureMethod.nullFields())
 *         .entity(WebVisit.class, ErasureMethod.deleteRows())
 *         .build();
 * SweepReport preview = sweep.dryRun();   // changes nothing
 * SweepReport done = sweep.run();
 * }</pre>
 *
 * <p>Which timestamp each kind of rule counts from, and when its data is due:
 *
 * <ul>
 *   <li>after an event ({@code period: P6Y, eventKey: customer-relationship-end}): once {@code event <= now − period};
 *   <li>from collection ({@code period: P2Y} with no event), or a period of hours with no event ({@code PT72H}): the
 *       same, from the member marked {@code @RetentionEvent(RetentionEvent.COLLECTION)} unless the rule names an
 *       event key of its own; a period of hours counts exactly ({@code PT10M} is ten minutes), on a date member from
 *       the start of its day;
 *   <li>until a condition ({@code until: consent-withdrawn}) or by criteria: only by an event the application records,
 *       due as soon as it is ({@code event <= now}); give the rule an event key and mark the member that records
 *       when the condition was met. A sweep cannot tell on its own that consent was withdrawn.
 * </ul>
 *
 * <p>A rule with no event key to count from is refused when building; a row whose timestamp is null is never due.
 *
 * <p>Sweeps that run at the same time (the same schedule on two instances of an application) erase and log each
 * row once when they null fields or delete rows: a batch whose rows another transaction changed between its select
 * and its update locks the rows still due and erases and logs only those. The anonymiser path has no such guard:
 * run it from one instance.
 *
 * <p>The sweep is a processing of its own: the purpose must be one of the register's, allowed to use every swept
 * category (checked when building), and the anonymiser path loads entities inside a {@link ProcessingScope} of that
 * purpose per subject, so that {@link PersonalDataListener} checks and records them as any other access.
 */
public final class RetentionSweep {

    /** The largest batch. */
    public static final int MAX_BATCH_SIZE = 10_000;

    /** Hibernate ORM's entity-manager property for the JDBC batch size. */
    private static final String JDBC_BATCH_SIZE = "hibernate.jdbc.batch_size";

    private final EntityManagerFactory factory;
    private final PurposePolicy policy;
    private final PurposeHandle purpose;
    private final String actor;
    private final Clock clock;
    private final int batchSize;
    private final List<Plan<?>> plans;

    private RetentionSweep(Builder b, List<Plan<?>> plans) {
        this.factory = b.factory;
        this.policy = b.policy;
        this.purpose = policy.purpose(Objects.requireNonNull(b.purpose, "purpose"));
        this.actor = b.actor;
        this.clock = b.clock;
        this.batchSize = b.batchSize;
        this.plans = plans;
    }

    /** A builder for a sweep over the factory's database under the policy's register. */
    public static Builder builder(EntityManagerFactory factory, PurposePolicy policy) {
        return new Builder(factory, policy);
    }

    /**
     * Erases what is due, batch by batch.
     *
     * @throws jakarta.persistence.PersistenceException if the database fails; the batches committed before stay
     *     erased and logged
     */
    public SweepReport run() {
        return sweep(false);
    }

    /** Reports what {@link #run()} would erase now, changing nothing. */
    public SweepReport dryRun() {
        return sweep(true);
    }

    private SweepReport sweep(boolean dry) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Holds holds = Holds.load(factory);
        List<SweepReport.Line> lines = new ArrayList<>();
        Set<LegalHold> used = new LinkedHashSet<>();
        for (Plan<?> plan : plans) {
            for (Group group : plan.groups) {
                lines.addAll(sweepGroup(plan, group, now, zone, holds, used, dry));
            }
        }
        return new SweepReport(dry, now, lines, List.copyOf(used));
    }

    private <E> List<SweepReport.Line> sweepGroup(Plan<E> plan, Group group, Instant now, ZoneId zone,
            Holds holds, Set<LegalHold> used, boolean dry) {
        Object cutoff = cutoff(group.event.type(), now, zone, group.period);
        String select = "select e." + plan.id + ", e." + plan.subject + ", e." + group.event.name() + " from "
                + plan.name + " e where e." + group.event.name() + " <= :cutoff" + group.notErased
                + " and e." + plan.id + " > :last order by e." + plan.id;
        String first = select.replace(" and e." + plan.id + " > :last", "");
        Map<String, LegalHold> heldRows = holds.rows.getOrDefault(plan.name, Map.of());
        long erased = 0;
        long held = 0;
        @Nullable Instant oldestEvent = null;
        @Nullable Object last = null;
        boolean anonymises = plan.method instanceof ErasureMethod.Anonymise<?>;
        // Every entry of the group is this one but for its subject.
        ProcessingEntry logged = new ProcessingEntry(new SubjectId("no-subject"), purpose.key(), group.logged, now,
                actor);
        // One entity manager for the whole group, cleared after each batch: a batch leaves nothing managed behind.
        EntityManager em = factory.createEntityManager();
        // Where a batch's log entries are persisted, they go as one JDBC batch, whatever batch size the application set
        // for its own work (or none); a provider other than Hibernate ORM ignores the property, as the specification
        // says.
        em.setProperty(JDBC_BATCH_SIZE, batchSize);
        try {
            while (true) {
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                TypedQuery<Object[]> query = em.createQuery(last == null ? first : select, Object[].class)
                        .setParameter("cutoff", cutoff).setMaxResults(batchSize);
                if (last != null) {
                    query.setParameter("last", last);
                }
                List<Object[]> rows = query.getResultList();
                List<Object> ids = new ArrayList<>(rows.size());
                List<Object> heldIds = new ArrayList<>();
                List<SubjectId> erasedSubjects = new ArrayList<>(rows.size());
                Map<SubjectId, List<Object>> bySubject = new LinkedHashMap<>();
                for (Object[] row : rows) {
                    Object id = Objects.requireNonNull(row[0], "id");
                    SubjectId subject = subject(row[1]);
                    LegalHold hold = heldRows.get(String.valueOf(id));
                    if (hold == null) {
                        hold = holds.subjects.get(subject.value());
                    }
                    if (hold != null) {
                        held++;
                        used.add(hold);
                        heldIds.add(id);
                        continue;
                    }
                    ids.add(id);
                    Instant event = MemberValues.instant(Objects.requireNonNull(row[2], "event"), zone);
                    if (oldestEvent == null || event.isBefore(oldestEvent)) {
                        oldestEvent = event;
                    }
                    if (!dry) {
                        erasedSubjects.add(subject);
                        if (anonymises) {
                            bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
                        }
                    }
                }
                int done = ids.size();
                if (!dry && !ids.isEmpty()) {
                    List<SubjectId> loggedSubjects = erasedSubjects;
                    if (plan.method instanceof ErasureMethod.Anonymise<? super E> a) {
                        anonymise(em, plan, a.anonymiser(), bySubject);
                    } else if (eraseRange(em, plan, group, cutoff, rows, heldIds) != ids.size()) {
                        // Another transaction changed the batch's id range since the select (a sweep on another
                        // instance, the application): undo the range update, lock the selected rows still due and
                        // unerased, and erase and log exactly those, so that every row is erased and logged once.
                        tx.rollback();
                        em.clear();
                        tx.begin();
                        Set<Object> still = new HashSet<>(lockStillDue(em, plan, group, cutoff, ids));
                        if (!still.isEmpty()) {
                            eraseIds(em, plan, group, List.copyOf(still));
                        }
                        loggedSubjects = new ArrayList<>(still.size());
                        for (int i = 0; i < ids.size(); i++) {
                            if (still.contains(ids.get(i))) {
                                loggedSubjects.add(erasedSubjects.get(i));
                            }
                        }
                        done = still.size();
                    }
                    // The sweep's own persistence context, cleared after the batch anyway: where the entries are
                    // persisted rather than inserted in bulk, they leave it by one clear per flush.
                    ProcessingLogRepository.appendEach(em, logged, loggedSubjects);
                }
                erased += done;
                tx.commit();
                em.clear();
                if (rows.size() < batchSize) {
                    break;
                }
                last = rows.get(rows.size() - 1)[0];
            }
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        if (erased == 0 && held == 0) {
            return List.of();
        }
        java.util.Optional<Instant> oldestDue = java.util.Optional.ofNullable(oldestEvent)
                .map(e -> e.atZone(zone).plus(group.period).toInstant());
        List<SweepReport.Line> lines = new ArrayList<>();
        for (String category : group.categories) {
            lines.add(new SweepReport.Line(plan.name, category, erased, held, oldestDue));
        }
        return lines;
    }

    /**
     * Erases the due rows between the batch's first and last id, but for the held ones: one statement whose text
     * does not depend on the batch (unless rows are held), where an id list would be a new statement per batch.
     *
     * @return the rows erased, the batch's unheld rows unless another transaction changed the range meanwhile
     */
    private static int eraseRange(EntityManager em, Plan<?> plan, Group group, Object cutoff, List<Object[]> rows,
            List<Object> heldIds) {
        String where = " where e." + plan.id + " >= :first and e." + plan.id + " <= :last and e."
                + group.event.name() + " <= :cutoff" + group.notErased
                + (heldIds.isEmpty() ? "" : " and e." + plan.id + " not in :held");
        String statement = plan.method instanceof ErasureMethod.DeleteRows<?>
                ? "delete from " + plan.name + " e" + where
                : "update " + plan.name + " e set " + group.nulls + where;
        Query query = em.createQuery(statement)
                .setParameter("first", Objects.requireNonNull(rows.get(0)[0], "id"))
                .setParameter("last", Objects.requireNonNull(rows.get(rows.size() - 1)[0], "id"))
                .setParameter("cutoff", cutoff);
        if (!heldIds.isEmpty()) {
            query.setParameter("held", heldIds);
        }
        return query.executeUpdate();
    }

    /** Of the ids, those still due and holding data, locked for this transaction. */
    private static List<Object> lockStillDue(EntityManager em, Plan<?> plan, Group group, Object cutoff,
            List<Object> ids) {
        return em.createQuery("select e." + plan.id + " from " + plan.name + " e where e." + plan.id + " in :ids and e."
                        + group.event.name() + " <= :cutoff" + group.notErased, Object.class)
                .setParameter("ids", ids).setParameter("cutoff", cutoff)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static void eraseIds(EntityManager em, Plan<?> plan, Group group, List<Object> ids) {
        String statement = plan.method instanceof ErasureMethod.DeleteRows<?>
                ? "delete from " + plan.name + " e where e." + plan.id + " in :ids"
                : "update " + plan.name + " e set " + group.nulls + " where e." + plan.id + " in :ids";
        em.createQuery(statement).setParameter("ids", ids).executeUpdate();
    }

    /** Loads one subject's rows at a time inside a scope of the sweep's purpose, so the listener checks them. */
    private <E> void anonymise(EntityManager em, Plan<E> plan, Consumer<? super E> anonymiser,
            Map<SubjectId, List<Object>> bySubject) {
        String load = "select e from " + plan.name + " e where e." + plan.id + " in :ids";
        bySubject.forEach((subject, ids) -> {
            ProcessingScope.of(policy, subject, purpose, actor).run(() -> {
                em.createQuery(load, plan.type).setParameter("ids", ids).getResultList().forEach(anonymiser);
                em.flush();
            });
            em.clear();
        });
    }

    private static SubjectId subject(@Nullable Object value) {
        if (value instanceof SubjectId id) {
            return id;
        }
        return new SubjectId(value == null ? "no-subject" : String.valueOf(value));
    }

    /** {@code now − period} in the type of the event member, dates and local times in the zone. */
    private static Object cutoff(Class<?> type, Instant now, ZoneId zone, TemporalAmount period) {
        ZonedDateTime cutoff = now.atZone(zone).minus(period);
        if (type == Instant.class) {
            return cutoff.toInstant();
        }
        if (type == OffsetDateTime.class) {
            return cutoff.toOffsetDateTime();
        }
        if (type == LocalDateTime.class) {
            return cutoff.toLocalDateTime();
        }
        // A date is due once its start of day is: hours of a timed rule make a date due the day they have passed.
        return cutoff.toLocalDate();
    }

    /**
     * The categories of one entity that one rule's event and period govern, swept together.
     *
     * @param event the event member
     * @param period the rule's period
     * @param categories the categories' keys
     * @param logged the categories an erasure's log entry names
     * @param nulls the JPQL {@code set} list nulling their fields
     * @param notErased the JPQL condition that some field still holds data; empty when rows are deleted
     */
    private record Group(MarkedMembers.Member event, TemporalAmount period, List<String> categories,
            List<String> logged, String nulls, String notErased) {}

    /**
     * One entity's sweep.
     *
     * @param type the entity class
     * @param name its entity name
     * @param id its id attribute
     * @param subject its subject attribute
     * @param method how it is erased
     * @param groups its categories grouped by event and period
     */
    private record Plan<E>(Class<E> type, String name, String id, String subject, ErasureMethod<? super E> method,
            List<Group> groups) {}

    /** The holds in place when a sweep starts: few, so held in memory. */
    private record Holds(Map<String, LegalHold> subjects, Map<String, Map<String, LegalHold>> rows) {
        static Holds load(EntityManagerFactory factory) {
            List<LegalHoldEntity> all = factory.callInTransaction(em -> em.createQuery(
                    "select h from RekisteriLegalHold h order by h.id", LegalHoldEntity.class).getResultList());
            Map<String, LegalHold> subjects = new HashMap<>();
            Map<String, Map<String, LegalHold>> rows = new HashMap<>();
            for (LegalHoldEntity row : all) {
                LegalHold hold = LegalHolds.hold(row);
                if (row.subjectId != null) {
                    subjects.putIfAbsent(row.subjectId, hold);
                } else if (row.entityName != null && row.rowId != null) {
                    rows.computeIfAbsent(row.entityName, n -> new HashMap<>()).putIfAbsent(row.rowId, hold);
                }
            }
            return new Holds(subjects, rows);
        }
    }

    /** Builds a {@link RetentionSweep}. */
    public static final class Builder {

        private final EntityManagerFactory factory;
        private final PurposePolicy policy;
        private @Nullable String purpose;
        private String actor = "retention-sweep";
        private Clock clock = Clock.systemUTC();
        private int batchSize = 500;
        private final Map<Class<?>, ErasureMethod<?>> entities = new LinkedHashMap<>();

        private Builder(EntityManagerFactory factory, PurposePolicy policy) {
            this.factory = Objects.requireNonNull(factory, "factory");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** The register's purpose the erasures are recorded under, such as {@code retention}; required. */
        public Builder purpose(String purposeKey) {
            this.purpose = Objects.requireNonNull(purposeKey, "purposeKey");
            return this;
        }

        /** Who the log names as erasing; {@code retention-sweep} unless set. */
        public Builder actor(String actor) {
            Objects.requireNonNull(actor, "actor");
            if (actor.isBlank()) {
                throw new IllegalArgumentException("actor is blank");
            }
            this.actor = actor;
            return this;
        }

        /** The clock "now" comes from, and whose zone dates and local times are in; UTC system clock unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Rows per batch and transaction; 500 unless set.
         *
         * @throws IllegalArgumentException unless 1 to {@link #MAX_BATCH_SIZE}
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
                throw new IllegalArgumentException("batch size " + batchSize + " is not between 1 and "
                        + MAX_BATCH_SIZE);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Sweeps an entity, erasing it as the method says. */
        public <E> Builder entity(Class<E> entity, ErasureMethod<? super E> method) {
            entities.put(Objects.requireNonNull(entity, "entity"), Objects.requireNonNull(method, "method"));
            return this;
        }

        /**
         * The sweep.
         *
         * @throws IllegalStateException if no purpose is set
         * @throws fi.rekisteri.core.policy.UnknownKeyException if the register has no such purpose or does not
         *     declare an entity's category
         * @throws fi.rekisteri.core.policy.PurposeViolationException if the purpose may not use a swept category
         * @throws IllegalArgumentException if a class is not an entity of the factory, marks no {@link DataSubject},
         *     or holds a category whose rule names no event key or an event the entity does not record, or if the
         *     actor is longer than the processing log holds
         */
        public RetentionSweep build() {
            if (purpose == null) {
                throw new IllegalStateException("a retention sweep needs the purpose its erasures are recorded under");
            }
            List<Plan<?>> plans = new ArrayList<>();
            entities.forEach((type, method) -> plans.add(plan(type, method)));
            // A group's log entries differ only in their subjects and times, which the log's columns always hold:
            // checked here once, not for every row swept.
            for (Plan<?> plan : plans) {
                for (Group group : plan.groups) {
                    ProcessingLogRepository.check(List.of(new ProcessingEntry(new SubjectId("no-subject"), purpose,
                            group.logged, Instant.EPOCH, actor)));
                }
            }
            return new RetentionSweep(this, plans);
        }

        @SuppressWarnings("unchecked") // the builder's entity(...) paired each class with a method for it
        private <E> Plan<E> plan(Class<E> type, ErasureMethod<?> method) {
            EntityType<E> entity = factory.getMetamodel().entity(type);
            String id = entity.getSingularAttributes().stream().filter(SingularAttribute::isId)
                    .map(SingularAttribute::getName).findFirst().orElseThrow(() -> new IllegalArgumentException(
                            type.getName() + " has no single id attribute: a retention sweep pages by id"));
            MarkedMembers.Marked marked = MarkedMembers.of(type);
            String subject = marked.subject().map(MarkedMembers.Member::name).orElseThrow(
                    () -> new IllegalArgumentException(type.getName() + " marks no @DataSubject: a retention sweep"
                            + " records each erasure under the row's subject"));
            Map<String, List<PersonalDataField>> fieldsByCategory = new LinkedHashMap<>();
            PersonalDataScan.fields(type).forEach(f -> fieldsByCategory.computeIfAbsent(f.category(),
                    c -> new ArrayList<>()).add(f));
            boolean deletes = method instanceof ErasureMethod.DeleteRows<?>;
            List<String> all = List.copyOf(fieldsByCategory.keySet());
            Map<List<Object>, List<String>> grouped = new LinkedHashMap<>();
            Map<List<Object>, MarkedMembers.Member> events = new HashMap<>();
            for (String category : fieldsByCategory.keySet()) {
                policy.require(Objects.requireNonNull(purpose), category);
                java.util.Optional<RetentionRule> rule = policy.retention().ruleFor(category);
                if (rule.isEmpty()) {
                    continue;
                }
                String event = RetentionPeriods.eventKey(rule.get()).orElseThrow(() -> new IllegalArgumentException(
                        "the retention rule of category '" + category + "' (held by " + type.getSimpleName()
                        + ") names no event key: add 'eventKey' to the rule so a sweep knows which timestamp it"
                        + " counts from"));
                MarkedMembers.Member member = marked.events().get(event);
                if (member == null) {
                    throw new IllegalArgumentException(type.getName() + " holds category '" + category
                            + "' kept from event '" + event + "' but marks no @RetentionEvent(\"" + event + "\")");
                }
                List<Object> groupKey = List.of(member.name(), RetentionPeriods.period(rule.get()));
                events.put(groupKey, member);
                grouped.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(category);
            }
            List<Group> groups = new ArrayList<>();
            grouped.forEach((groupKey, categories) -> {
                List<String> members = categories.stream().flatMap(c -> fieldsByCategory.getOrDefault(c, List.of()).stream())
                        .map(PersonalDataField::member).toList();
                String nulls = members.stream().map(m -> "e." + m + " = null").collect(Collectors.joining(", "));
                String notErased = deletes ? "" : members.stream().map(m -> "e." + m + " is not null")
                        .collect(Collectors.joining(" or ", " and (", ")"));
                groups.add(new Group(Objects.requireNonNull(events.get(groupKey)), (TemporalAmount) groupKey.get(1), categories,
                        deletes ? all : categories, nulls, notErased));
            });
            return new Plan<>(type, entity.getName(), id, subject, (ErasureMethod<? super E>) method, groups);
        }
    }
}
