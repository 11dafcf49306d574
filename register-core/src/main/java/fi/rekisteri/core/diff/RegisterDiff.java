package fi.rekisteri.core.diff;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.internal.Lengths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a register: the added, removed and changed parts, section by section.
 *
 * <pre>{@code
 * RegisterDiff diff = RegisterDiff.between(published, draft);
 * for (Change<?> change : diff.changes()) {
 *     System.out.println(change.kind().code() + " " + change.path());   // added purposes[2]
 * }
 * diff.requiresPriorNotice();   // true: a new purpose must be told before it is used (Art. 13(3))
 * }</pre>
 *
 * <p>Parts with a key (purposes, data and subject categories, disclosures, cookies) are matched by key; a retention
 * rule by the set of categories it covers; a transfer by its country and recipient; an acknowledgement by its rule id
 * and path, so that a new reason or date changes it; the other list parts (sources, contact points, restrictions of
 * rights) by equality, so that they are only ever added or removed. A part that only moved is no change. The changes
 * come in the order of {@link Section}, and within a section in the new register's order, a removed part where it stood
 * in the old one (before a part added in its place). A purpose's legal bases are compared apart from the rest of it, as
 * {@link Section#LEGAL_BASES} changes right after the purpose's own. The statement's metadata (version, dates) is not
 * compared: it changes with every version.
 */
public final class RegisterDiff {


    private final List<Change<?>> changes;

    private RegisterDiff(List<Change<?>> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * The changes from one version of a register to the next.
     *
     * @param before the old version
     * @param after the new version
     * @throws NullPointerException if an argument is null
     */
    public static RegisterDiff between(Register before, Register after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return new RegisterDiff(new Walk(before, after).changes());
    }

    /** Every change, in the order described above; empty when the registers say the same. */
    public List<Change<?>> changes() {
        return changes;
    }

    /** Whether the registers say the same (metadata apart). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes the subjects must be told of before the changed processing starts, in order. */
    public List<Change<?>> priorNoticeChanges() {
        return changes.stream().filter(Change::requiresPriorNotice).toList();
    }

    /** Whether any change must be told to the subjects before the changed processing starts. */
    public boolean requiresPriorNotice() {
        return changes.stream().anyMatch(Change::requiresPriorNotice);
    }

    /** {@code RegisterDiff[3 changes, 1 requiring prior notice]}: counts only, never a value. */
    @Override
    public String toString() {
        return "RegisterDiff[" + changes.size() + " changes, " + priorNoticeChanges().size()
                + " requiring prior notice]";
    }

    /**
     * Whether the new retention is longer than the old, by the length of its period: both must state one (a period
     * after an event or from collection, or a duration); criteria and conditions have no length to compare.
     */
    static boolean longer(Retention before, Retention after) {
        Optional<Double> old = days(before);
        Optional<Double> now = days(after);
        return old.isPresent() && now.isPresent() && now.get() > old.get();
    }

    private static Optional<Double> days(Retention retention) {
        return switch (retention.kind()) {
            case AFTER_EVENT -> Optional.of(Lengths.days(((Retention.AfterEvent) retention).period()));
            case FROM_COLLECTION -> Optional.of(Lengths.days(((Retention.FromCollection) retention).period()));
            case TIMED -> Optional.of(Lengths.days(((Retention.Timed) retention).duration()));
            case CRITERIA, UNTIL -> Optional.empty();
        };
    }

    /** One comparison, collecting its changes in order. */
    private static final class Walk {
        private final Register before;
        private final Register after;
        private final List<Change<?>> changes = new ArrayList<>();

        Walk(Register before, Register after) {
            this.before = before;
            this.after = after;
        }

        List<Change<?>> changes() {
            single(Section.NAME, RegisterPath.of("name"), before.name(), after.name());
            contacts();
            keyed(Section.SUBJECTS, "subjectCategories", before.subjectCategories(), after.subjectCategories(),
                    s -> s.key(), Optional.empty(), this::changed);
            keyed(Section.CATEGORIES, "dataCategories", before.dataCategories(), after.dataCategories(),
                    c -> c.key(), Optional.empty(), this::changed);
            keyed(Section.PURPOSES, "purposes", before.purposes(), after.purposes(), Purpose::key,
                    Optional.of(PriorNotice.NEW_PURPOSE), this::purpose);
            keyed(Section.SOURCES, "sources", before.sources(), after.sources(), Function.identity(),
                    Optional.empty(), this::changed);
            keyed(Section.RECIPIENTS, "disclosures", before.disclosures(), after.disclosures(), Disclosure::key,
                    Optional.of(PriorNotice.NEW_RECIPIENT), this::changed);
            optional(Section.RECIPIENTS, RegisterPath.of("noDisclosures"), before.noDisclosures(),
                    after.noDisclosures(), Optional.empty());
            transfers();
            keyed(Section.RETENTION, "retention", before.retention(), after.retention(),
                    rule -> Set.copyOf(rule.categories()), Optional.empty(), this::retention);
            security();
            keyed(Section.COOKIES, "cookies", before.cookies(), after.cookies(), c -> c.key(), Optional.empty(),
                    this::changed);
            optional(Section.OTHER, RegisterPath.of("automatedDecisionMaking"), before.automatedDecisionMaking(),
                    after.automatedDecisionMaking(), Optional.empty());
            optional(Section.OTHER, RegisterPath.of("provisionRequirement"), before.provisionRequirement(),
                    after.provisionRequirement(), Optional.empty());
            keyed(Section.OTHER, "rightsRestrictions", before.rightsRestrictions(), after.rightsRestrictions(),
                    Function.identity(), Optional.empty(), this::changed);
            for (Topic topic : Topic.values()) {
                optional(Section.OTHER, RegisterPath.of("introductions", topic.code()), before.introduction(topic),
                        after.introduction(topic), Optional.empty());
            }
            keyed(Section.ACKNOWLEDGEMENTS, "acknowledgements", before.acknowledgements(), after.acknowledgements(),
                    (Acknowledgement a) -> List.of(a.ruleId(), a.path()), Optional.empty(), this::changed);
            return changes;
        }

        private void contacts() {
            single(Section.CONTACTS, RegisterPath.of("controller"), before.controller(), after.controller());
            optional(Section.CONTACTS, RegisterPath.of("representative"), before.representative(),
                    after.representative(), Optional.empty());
            optional(Section.CONTACTS, RegisterPath.of("dataProtectionOfficer"), before.dataProtectionOfficer(),
                    after.dataProtectionOfficer(), Optional.empty());
            // Beside the officer, so that an officer given up for the statement (or the reverse) reads as one change.
            optional(Section.CONTACTS, RegisterPath.of("noDataProtectionOfficer"),
                    before.noDataProtectionOfficerReason(), after.noDataProtectionOfficerReason(), Optional.empty());
            optional(Section.CONTACTS, RegisterPath.of("jointControl"), before.jointControl(), after.jointControl(),
                    Optional.empty());
            keyed(Section.CONTACTS, "contactPoints", before.contactPoints(), after.contactPoints(),
                    Function.identity(), Optional.empty(), this::changed);
        }

        private void purpose(Section section, RegisterPath path, Purpose old, Purpose now) {
            if (!withoutBases(old).equals(withoutBases(now))) {
                changes.add(new Change<>(Change.Kind.CHANGED, section, path, Optional.of(old), Optional.of(now),
                        Optional.empty()));
            }
            optional(Section.LEGAL_BASES, path.property("legalBasis"), old.legalBasis(), now.legalBasis(),
                    Optional.empty());
            optional(Section.LEGAL_BASES, path.property("alternativeLegalBases"),
                    nonEmpty(old.alternativeLegalBases()), nonEmpty(now.alternativeLegalBases()), Optional.empty());
            optional(Section.LEGAL_BASES, path.property("specialCategoryCondition"), old.specialCategoryCondition(),
                    now.specialCategoryCondition(), Optional.empty());
            optional(Section.LEGAL_BASES, path.property("identityCodeGround"), old.identityCodeGround(),
                    now.identityCodeGround(), Optional.empty());
            optional(Section.LEGAL_BASES, path.property("criminalDataAuthorisation"),
                    old.criminalDataAuthorisation(), now.criminalDataAuthorisation(), Optional.empty());
        }

        private static Purpose withoutBases(Purpose purpose) {
            return purpose.toBuilder().clearLegalBasis().clearAlternativeLegalBases()
                    .clearSpecialCategoryCondition().clearIdentityCodeGround().clearCriminalDataAuthorisation()
                    .build();
        }

        private static <T> Optional<List<T>> nonEmpty(List<T> list) {
            return list.isEmpty() ? Optional.empty() : Optional.of(list);
        }

        private void retention(Section section, RegisterPath path, RetentionRule old, RetentionRule now) {
            if (!old.equals(now)) {
                Optional<PriorNotice> notice = longer(old.retention(), now.retention())
                        ? Optional.of(PriorNotice.LONGER_RETENTION)
                        : Optional.empty();
                changes.add(new Change<>(Change.Kind.CHANGED, section, path, Optional.of(old), Optional.of(now),
                        notice));
            }
        }

        /**
         * Transfers listed in both versions are compared one by one; otherwise the statement as a whole, which
         * obliges prior notice when data may now leave the EU/EEA where before it did not.
         */
        private void transfers() {
            Optional<Transfers> old = before.transfers();
            Optional<Transfers> now = after.transfers();
            if (old.orElse(null) instanceof Transfers.ThirdCountries oldList
                    && now.orElse(null) instanceof Transfers.ThirdCountries newList) {
                keyed(Section.TRANSFERS, "transfers", oldList.transfers(), newList.transfers(),
                        (Transfer t) -> List.of(t.country(), t.recipient()), Optional.of(PriorNotice.NEW_TRANSFER),
                        this::changed, RegisterPath.of("transfers"));
                return;
            }
            boolean newlyLeaving = now.isPresent() && now.get().kind() != Transfers.Kind.NONE
                    && (old.isEmpty() || old.get().kind() == Transfers.Kind.NONE);
            optional(Section.TRANSFERS, RegisterPath.of("transfers"), old, now,
                    newlyLeaving ? Optional.of(PriorNotice.NEW_TRANSFER) : Optional.empty());
        }

        private void security() {
            SecurityMeasures old = before.security();
            SecurityMeasures now = after.security();
            optional(Section.SECURITY, RegisterPath.of("security", "general"), old.general(), now.general(),
                    Optional.empty());
            optional(Section.SECURITY, RegisterPath.of("security", "manual"), old.manual(), now.manual(),
                    Optional.empty());
            optional(Section.SECURITY, RegisterPath.of("security", "electronic"), old.electronic(),
                    now.electronic(), Optional.empty());
        }

        private <T> void changed(Section section, RegisterPath path, T old, T now) {
            if (!old.equals(now)) {
                changes.add(new Change<>(Change.Kind.CHANGED, section, path, Optional.of(old), Optional.of(now),
                        Optional.empty()));
            }
        }

        private <T> void single(Section section, RegisterPath path, T old, T now) {
            changed(section, path, old, now);
        }

        private <T> void optional(Section section, RegisterPath path, Optional<T> old, Optional<T> now,
                Optional<PriorNotice> notice) {
            if (old.equals(now)) {
                return;
            }
            Change.Kind kind = old.isEmpty() ? Change.Kind.ADDED : now.isEmpty() ? Change.Kind.REMOVED
                    : Change.Kind.CHANGED;
            changes.add(new Change<>(kind, section, path, old, now, notice));
        }

        private <T> void keyed(Section section, String property, List<T> old, List<T> now, Function<T, ?> key,
                Optional<PriorNotice> onAdd, Compare<T> compare) {
            keyed(section, property, old, now, key, onAdd, compare, RegisterPath.root());
        }

        /**
         * Matches the parts of two lists by key, each old part at most once, and reports them in the new list's
         * order, an unmatched old part as removed after the parts that preceded it in the old list.
         */
        private <T> void keyed(Section section, String property, List<T> old, List<T> now, Function<T, ?> key,
                Optional<PriorNotice> onAdd, Compare<T> compare, RegisterPath parent) {
            RegisterPath list = parent.property(property);
            Map<Object, Deque<Integer>> oldByKey = new HashMap<>();
            for (int i = 0; i < old.size(); i++) {
                oldByKey.computeIfAbsent(key.apply(old.get(i)), k -> new ArrayDeque<>()).add(i);
            }
            int[] match = new int[now.size()];
            boolean[] matched = new boolean[old.size()];
            for (int j = 0; j < now.size(); j++) {
                Deque<Integer> candidates = oldByKey.get(key.apply(now.get(j)));
                Integer i = candidates == null ? null : candidates.poll();
                match[j] = i == null ? -1 : i;
                if (i != null) {
                    matched[i] = true;
                }
            }
            int cursor = 0;
            for (int j = 0; j < now.size(); j++) {
                if (match[j] < 0) {
                    // A part put in the place of a removed one comes after it, as a replacement reads.
                    for (; cursor < old.size() && !matched[cursor]; cursor++) {
                        removedUnlessMatched(section, list, old, matched, cursor);
                    }
                    changes.add(new Change<>(Change.Kind.ADDED, section, list.index(j), Optional.empty(),
                            Optional.of(now.get(j)), onAdd));
                    continue;
                }
                for (; cursor <= match[j]; cursor++) {
                    removedUnlessMatched(section, list, old, matched, cursor);
                }
                compare.compare(section, list.index(j), old.get(match[j]), now.get(j));
            }
            for (; cursor < old.size(); cursor++) {
                removedUnlessMatched(section, list, old, matched, cursor);
            }
        }

        private <T> void removedUnlessMatched(Section section, RegisterPath list, List<T> old, boolean[] matched,
                int i) {
            if (!matched[i]) {
                changes.add(new Change<>(Change.Kind.REMOVED, section, list.index(i), Optional.of(old.get(i)),
                        Optional.empty(), Optional.empty()));
            }
        }
    }

    /** Compares two matched parts, adding what differs. */
    @FunctionalInterface
    private interface Compare<T> {
        void compare(Section section, RegisterPath path, T old, T now);
    }
}
