package fi.rekisteri.core.policy;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.law.TransferCountries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The register's purposes compiled for checks in code: may purpose P use category C, for this subject, now?
 *
 * <p>{@link #compile(Register)} resolves purposes, categories and subject categories to small integer handles once
 * and precomputes, per purpose, the closure of the categories it covers: a purpose allowed {@code contact} may use
 * {@code contact.email}, never the reverse. A check by handle is then a bit test, and a check by key adds two hash
 * lookups; neither allocates.
 *
 * <pre>{@code
 * PurposePolicy policy = PurposePolicy.compile(register);
 * PurposeHandle billing = policy.purpose("billing");        // once, at start-up
 * CategoryHandle email = policy.category("contact.email");
 * if (billing.mayUse(email)) { ... }                         // on the hot path
 * policy.require(state, billing, email);                     // throws PurposeViolationException when denied
 * }</pre>
 *
 * <p>Default-deny: a key the register does not declare is denied by the checks and rejected by the handle lookups;
 * a handle from another policy is rejected. A policy is immutable and may be shared by any number of threads.
 */
public final class PurposePolicy {

    private final Register register;
    private final List<PurposeHandle> purposes;
    private final List<CategoryHandle> categories;
    private final List<SubjectCategoryHandle> subjectCategories;
    private final Map<String, PurposeHandle> purposesByKey;
    private final Map<String, CategoryHandle> categoriesByKey;
    private final Map<String, SubjectCategoryHandle> subjectsByKey;
    private final RetentionSchedule retention;
    private final DisclosureRules disclosures;
    private final TransferRules transfers;

    private PurposePolicy(Register register, TransferCountries countries) {
        this.register = register;

        List<DataCategory> dataCategories = register.dataCategories();
        List<CategoryHandle> categoryHandles = new ArrayList<>(dataCategories.size());
        Map<String, CategoryHandle> categoryIndex = new HashMap<>();
        for (DataCategory category : dataCategories) {
            CategoryHandle handle = new CategoryHandle(this, categoryHandles.size(), category);
            categoryHandles.add(handle);
            categoryIndex.put(category.key(), handle);
        }
        this.categories = Collections.unmodifiableList(categoryHandles);
        this.categoriesByKey = categoryIndex;
        CategoryTree tree = new CategoryTree(register.categoryHierarchy());

        List<SubjectCategoryHandle> subjectHandles = new ArrayList<>();
        Map<String, SubjectCategoryHandle> subjectIndex = new HashMap<>();
        for (DataSubjectCategory subject : register.subjectCategories()) {
            SubjectCategoryHandle handle = new SubjectCategoryHandle(this, subjectHandles.size(), subject);
            subjectHandles.add(handle);
            subjectIndex.put(subject.key(), handle);
        }
        this.subjectCategories = Collections.unmodifiableList(subjectHandles);
        this.subjectsByKey = subjectIndex;

        List<PurposeHandle> purposeHandles = new ArrayList<>();
        Map<String, PurposeHandle> purposeIndex = new HashMap<>();
        for (Purpose purpose : register.purposes()) {
            long[] subjects;
            if (purpose.subjects().isEmpty()) {
                subjects = Bits.all(subjectHandles.size());
            } else {
                subjects = Bits.of(subjectHandles.size());
                purpose.subjects().forEach(key -> Bits.set(subjects, Objects.requireNonNull(subjectIndex.get(key), key).index));
            }
            PurposeHandle handle = new PurposeHandle(this, purposeHandles.size(), purpose,
                    tree.closure(purpose.categories()), subjects);
            purposeHandles.add(handle);
            purposeIndex.put(purpose.key(), handle);
        }
        this.purposes = Collections.unmodifiableList(purposeHandles);
        this.purposesByKey = purposeIndex;

        this.retention = new RetentionSchedule(register, tree);
        this.disclosures = new DisclosureRules(this, register, tree);
        this.transfers = new TransferRules(register, tree, countries);
    }

    /**
     * Compiles a register's policy, judging transfers by the EU/EEA and adequacy lists the library ships
     * ({@link TransferCountries#current()}).
     * @throws NullPointerException if an argument is null
     */
    public static PurposePolicy compile(Register register) {
        return compile(register, TransferCountries.current());
    }

    /**
     * Compiles a register's policy, judging transfers by the given country lists.
     *
     * @throws NullPointerException if an argument is null
     */
    public static PurposePolicy compile(Register register, TransferCountries countries) {
        return new PurposePolicy(Objects.requireNonNull(register, "register"),
                Objects.requireNonNull(countries, "countries"));
    }

    /** The register this policy was compiled from. */
    public Register register() {
        return register;
    }

    // ---- handles -------------------------------------------------------------------------------------------------

    /**
     * The handle of a purpose.
     *
     * @throws UnknownKeyException if the register does not declare the purpose
     */
    public PurposeHandle purpose(String key) {
        return declared(purposesByKey, key, "purpose", register.purposes(), Purpose::key);
    }

    /** The handle of a purpose, if the register declares it. */
    public Optional<PurposeHandle> findPurpose(String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(purposesByKey.get(key));
    }

    /**
     * The handle of a data category.
     *
     * @throws UnknownKeyException if the register does not declare the category
     */
    public CategoryHandle category(String key) {
        return declared(categoriesByKey, key, "data category", register.dataCategories(), DataCategory::key);
    }

    /** The handle of a data category, if the register declares it. */
    public Optional<CategoryHandle> findCategory(String key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(categoriesByKey.get(key));
    }

    /**
     * The handle of a data subject category.
     *
     * @throws UnknownKeyException if the register does not declare the subject category
     */
    public SubjectCategoryHandle subjectCategory(String key) {
        return declared(subjectsByKey, key, "subject category", register.subjectCategories(),
                DataSubjectCategory::key);
    }

    /** Every purpose's handle, in the register's order. */
    public List<PurposeHandle> purposes() {
        return purposes;
    }

    /** Every data category's handle, in the register's order. */
    public List<CategoryHandle> categories() {
        return categories;
    }

    /** Every subject category's handle, in the register's order. */
    public List<SubjectCategoryHandle> subjectCategories() {
        return subjectCategories;
    }

    // ---- purpose checks ------------------------------------------------------------------------------------------

    /**
     * Whether the register lets the purpose use the category.
     *
     * @throws IllegalArgumentException if a handle comes from another policy
     */
    public Decision check(PurposeHandle purpose, CategoryHandle category) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        own(purpose);
        return purpose.check(category);
    }

    /** Whether the register lets the purpose use the category; an undeclared key is denied. */
    public Decision check(String purposeKey, String categoryKey) {
        return byKeys(purposeKey, categoryKey, PurposeHandle::check);
    }

    /** Whether the register lets the purpose use the category; an undeclared key is {@code false}. */
    public boolean mayUse(String purposeKey, String categoryKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        PurposeHandle purpose = purposesByKey.get(purposeKey);
        CategoryHandle category = categoriesByKey.get(categoryKey);
        return purpose != null && category != null && purpose.mayUse(category);
    }

    /**
     * Whether the purpose may use the category for this subject: the register must allow it, and the subject's state
     * must not forbid it. An objection to direct marketing denies every direct-marketing purpose; a restriction
     * (Art. 18) denies every purpose the subject has no live consent to; a consent-based purpose needs a live consent.
     *
     * @throws IllegalArgumentException if a handle comes from another policy
     */
    public Decision check(SubjectState state, PurposeHandle purpose, CategoryHandle category) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        own(purpose);
        return checkOwned(state, purpose, category);
    }

    /** As {@link #check(SubjectState, PurposeHandle, CategoryHandle)}, by key; an undeclared key is denied. */
    public Decision check(SubjectState state, String purposeKey, String categoryKey) {
        Objects.requireNonNull(state, "state");
        return byKeys(purposeKey, categoryKey, (purpose, category) -> checkOwned(state, purpose, category));
    }

    /** The check of the handles of two keys; denied when the register does not declare one of them. */
    private Decision byKeys(String purposeKey, String categoryKey,
            BiFunction<PurposeHandle, CategoryHandle, Decision> check) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        PurposeHandle purpose = purposesByKey.get(purposeKey);
        if (purpose == null) {
            return unknownPurpose(purposeKey, categoryKey);
        }
        CategoryHandle category = categoriesByKey.get(categoryKey);
        if (category == null) {
            return unknownCategory(purposeKey, categoryKey);
        }
        return check.apply(purpose, category);
    }

    private Decision checkOwned(SubjectState state, PurposeHandle purpose, CategoryHandle category) {
        if (!purpose.mayUse(category)) {
            return purpose.notCovered(category);
        }
        return checkSubject(state, purpose);
    }

    /**
     * Whether the subject's state lets the purpose be pursued at all, whatever the categories.
     *
     * @throws IllegalArgumentException if the handle comes from another policy
     */
    public Decision check(SubjectState state, PurposeHandle purpose) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(purpose, "purpose");
        own(purpose);
        return checkSubject(state, purpose);
    }

    private static Decision checkSubject(SubjectState state, PurposeHandle purpose) {
        if (purpose.directMarketing && state.hasObjectedToDirectMarketing()) {
            return purpose.objected;
        }
        if (purpose.consentBased || state.isRestricted()) {
            SubjectConsent consent = state.consents().get(purpose.key());
            if (consent == null || !state.isLive(consent)) {
                if (state.isRestricted()) {
                    return purpose.restricted;
                }
                // Not live and not withdrawn: dated in the future, so not given yet.
                return consent == null || consent.withdrawn().isEmpty() ? purpose.noConsent : purpose.consentWithdrawn;
            }
        }
        return Decision.allowed();
    }

    // ---- require -------------------------------------------------------------------------------------------------

    /**
     * Throws unless the register lets the purpose use the category.
     *
     * @throws PurposeViolationException naming purpose, category and reason
     */
    public void require(PurposeHandle purpose, CategoryHandle category) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        if (check(purpose, category) instanceof Decision.Denied denied) {
            throw new PurposeViolationException(denied, purpose.key(), category.key());
        }
    }

    /**
     * Throws unless the register lets the purpose use the category; an undeclared key is denied.
     *
     * @throws PurposeViolationException naming purpose, category and reason
     */
    public void require(String purposeKey, String categoryKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        if (check(purposeKey, categoryKey) instanceof Decision.Denied denied) {
            throw new PurposeViolationException(denied, purposeKey, categoryKey);
        }
    }

    /**
     * Throws unless the purpose may use the category for this subject.
     *
     * @throws PurposeViolationException naming purpose, category and reason, never the subject
     */
    public void require(SubjectState state, PurposeHandle purpose, CategoryHandle category) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        if (check(state, purpose, category) instanceof Decision.Denied denied) {
            throw new PurposeViolationException(denied, purpose.key(), category.key());
        }
    }

    /**
     * Throws unless the purpose may use the category for this subject; an undeclared key is denied.
     *
     * @throws PurposeViolationException naming purpose, category and reason, never the subject
     */
    public void require(SubjectState state, String purposeKey, String categoryKey) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        if (check(state, purposeKey, categoryKey) instanceof Decision.Denied denied) {
            throw new PurposeViolationException(denied, purposeKey, categoryKey);
        }
    }

    // ---- retention, disclosure, transfer -------------------------------------------------------------------------

    /** When each category is due for erasure. */
    public RetentionSchedule retention() {
        return retention;
    }

    /**
     * Whether the category may be disclosed to the recipient for the purpose: the purpose must cover the category,
     * and the register's disclosure to the recipient must include the category and serve the purpose.
     */
    public Decision checkDisclosure(String purposeKey, String categoryKey, String recipientKey) {
        Objects.requireNonNull(purposeKey, "purposeKey");
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(recipientKey, "recipientKey");
        return disclosures.check(purposeKey, categoryKey, recipientKey);
    }

    /**
     * Whether the category may be transferred to the country, and on which ground: inside the EU/EEA freely;
     * outside it only where the register declares the transfer with a safeguard that holds. An unknown country is
     * denied.
     */
    public TransferDecision checkTransfer(String categoryKey, String countryCode) {
        Objects.requireNonNull(categoryKey, "categoryKey");
        Objects.requireNonNull(countryCode, "countryCode");
        return transfers.check(categoryKey, countryCode);
    }

    /** The country lists the transfer checks use. */
    public TransferCountries transferCountries() {
        return transfers.countries();
    }

    /** {@code PurposePolicy[customers, 5 purposes, 12 categories]}. */
    @Override
    public String toString() {
        return "PurposePolicy[" + register.key() + ", " + purposes.size() + " purposes, " + categories.size()
                + " categories]";
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    String registerKey() {
        return register.key();
    }

    int categoryCount() {
        return categories.size();
    }

    Optional<PurposeHandle> purposeHandle(String key) {
        return Optional.ofNullable(purposesByKey.get(key));
    }

    Optional<CategoryHandle> categoryHandle(String key) {
        return Optional.ofNullable(categoriesByKey.get(key));
    }

    Decision.Denied unknownPurpose(String purposeKey, String categoryKey) {
        return new Decision.Denied(DenialReason.UNKNOWN_PURPOSE, register.key(), purposeKey, categoryKey, "");
    }

    Decision.Denied unknownCategory(String purposeKey, String categoryKey) {
        return new Decision.Denied(DenialReason.UNKNOWN_CATEGORY, register.key(), purposeKey, categoryKey, "");
    }

    private void own(PurposeHandle purpose) {
        purpose.requireIssuedBy(this);
    }

    IllegalArgumentException foreign(Object handle) {
        return new IllegalArgumentException(handle + " was issued by another policy, not by this " + this
                + ": resolve handles with the policy that checks them");
    }

    /** The handle of a declared key; otherwise an exception listing the keys of the parts, in register order. */
    private <H, P> H declared(Map<String, H> byKey, String key, String kind, List<P> parts,
            Function<P, String> partKey) {
        Objects.requireNonNull(key, "key");
        H handle = byKey.get(key);
        if (handle == null) {
            throw new UnknownKeyException(kind, key, register.key(), parts.stream().map(partKey).toList());
        }
        return handle;
    }
}
