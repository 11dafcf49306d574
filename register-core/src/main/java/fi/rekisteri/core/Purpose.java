package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A purpose of processing (käyttötarkoitus) with its legal basis and the data it may use.
 *
 * @param key stable key, such as {@code billing} or {@code direct-marketing}
 * @param name the purpose as a statement lists it ({@code Laskutukseen})
 * @param description more on what is done and why
 * @param legalBasis the Art. 6(1) basis; empty when the register does not state one
 * @param categories keys of the data categories the purpose may use; each covers its sub-categories
 * @param subjects keys of the subject categories concerned; empty when the purpose concerns every group
 * @param directMarketing whether this is direct marketing, to which the subject may always object (Art. 21(2)–(3))
 * @param objection how the subject objects or opts out
 * @param specialCategoryCondition the Art. 9(2) condition, when the purpose uses special categories of data
 * @param identityCodeGround the Tietosuojalaki §29 ground, when the purpose uses the personal identity code
 * @param criminalDataAuthorisation the law that authorises processing of Art. 10 data, when the purpose uses it
 * @param alternativeLegalBases the bases the statement offers besides {@code legalBasis}, as in "contract or
 *     legitimate interest"; the controller must choose one before processing (EDPB Guidelines 2/2019), so the
 *     compliance check reports them
 */
public record Purpose(
        String key,
        LocalizedText name,
        Optional<LocalizedText> description,
        Optional<LegalBasis> legalBasis,
        List<String> categories,
        List<String> subjects,
        boolean directMarketing,
        Optional<LocalizedText> objection,
        Optional<SpecialCategoryCondition> specialCategoryCondition,
        Optional<IdentityCodeGround> identityCodeGround,
        Optional<LocalizedText> criminalDataAuthorisation,
        List<LegalBasis> alternativeLegalBases) {

    /**
     * Creates a purpose; keys must be valid keys.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public Purpose {
        Checks.requireKey(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legalBasis, "legalBasis");
        categories = Checks.keys(categories, "categories");
        subjects = Checks.keys(subjects, "subjects");
        Objects.requireNonNull(objection, "objection");
        Objects.requireNonNull(specialCategoryCondition, "specialCategoryCondition");
        Objects.requireNonNull(identityCodeGround, "identityCodeGround");
        Objects.requireNonNull(criminalDataAuthorisation, "criminalDataAuthorisation");
        Objects.requireNonNull(alternativeLegalBases, "alternativeLegalBases");
        for (int i = 0; i < alternativeLegalBases.size(); i++) {
            Objects.requireNonNull(alternativeLegalBases.get(i), "alternativeLegalBases[" + i + "]");
        }
        alternativeLegalBases = List.copyOf(alternativeLegalBases);
        if (!alternativeLegalBases.isEmpty() && legalBasis.isEmpty()) {
            throw new IllegalArgumentException("purpose '" + key
                    + "' has alternative legal bases but no legal basis they are alternatives to");
        }
    }

    /**
     * A purpose with one legal basis or none, and no alternatives.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a key is not a valid key
     */
    public Purpose(String key, LocalizedText name, Optional<LocalizedText> description,
            Optional<LegalBasis> legalBasis, List<String> categories, List<String> subjects, boolean directMarketing,
            Optional<LocalizedText> objection, Optional<SpecialCategoryCondition> specialCategoryCondition,
            Optional<IdentityCodeGround> identityCodeGround, Optional<LocalizedText> criminalDataAuthorisation) {
        this(key, name, description, legalBasis, categories, subjects, directMarketing, objection,
                specialCategoryCondition, identityCodeGround, criminalDataAuthorisation, List.of());
    }

    /**
     * A builder for a purpose with the given key and name.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a valid key
     */
    public static Builder builder(String key, LocalizedText name) {
        return new Builder(key, name);
    }

    /** A builder holding this purpose's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder(key, name);
        builder.description = description;
        builder.legalBasis = legalBasis;
        builder.categories.addAll(categories);
        builder.subjects.addAll(subjects);
        builder.directMarketing = directMarketing;
        builder.objection = objection;
        builder.specialCategoryCondition = specialCategoryCondition;
        builder.identityCodeGround = identityCodeGround;
        builder.criminalDataAuthorisation = criminalDataAuthorisation;
        builder.alternativeLegalBases.addAll(alternativeLegalBases);
        return builder;
    }

    /**
     * Builds a {@link Purpose}; not thread-safe. Every argument is checked when it is given, so a bad key fails at
     * the call that gave it. Optional values are set and cleared ({@link #legalBasis(LegalBasis)}, {@link
     * #clearLegalBasis()}); the keys of categories and subjects are added and removed one by one or cleared.
     */
    public static final class Builder {
        private final String key;
        private LocalizedText name;
        private Optional<LocalizedText> description = Optional.empty();
        private Optional<LegalBasis> legalBasis = Optional.empty();
        private final List<String> categories = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        private boolean directMarketing;
        private Optional<LocalizedText> objection = Optional.empty();
        private Optional<SpecialCategoryCondition> specialCategoryCondition = Optional.empty();
        private Optional<IdentityCodeGround> identityCodeGround = Optional.empty();
        private Optional<LocalizedText> criminalDataAuthorisation = Optional.empty();
        private final List<LegalBasis> alternativeLegalBases = new ArrayList<>();

        private Builder(String key, LocalizedText name) {
            Checks.requireKey(key, "key");
            this.key = key;
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Renames the purpose.
         *
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(LocalizedText name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Describes the purpose further.
         *
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(LocalizedText description) {
            this.description = Optional.of(Objects.requireNonNull(description, "description"));
            return this;
        }

        /** Removes the description, if one is set. */
        public Builder clearDescription() {
            this.description = Optional.empty();
            return this;
        }

        /**
         * Sets the legal basis.
         *
         * @throws NullPointerException if {@code legalBasis} is null
         */
        public Builder legalBasis(LegalBasis legalBasis) {
            this.legalBasis = Optional.of(Objects.requireNonNull(legalBasis, "legalBasis"));
            return this;
        }

        /** Removes the legal basis, so that the purpose states none. */
        public Builder clearLegalBasis() {
            this.legalBasis = Optional.empty();
            return this;
        }

        /**
         * Adds data categories the purpose may use, after those already added.
         *
         * @throws NullPointerException if {@code keys} or one of them is null
         * @throws IllegalArgumentException if one of them is not a valid key
         */
        public Builder categories(String... keys) {
            addKeys(categories, keys, "categories");
            return this;
        }

        /**
         * Removes a data category from those the purpose may use.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the purpose does not list it
         */
        public Builder removeCategory(String key) {
            removeKey(categories, key, "data category");
            return this;
        }

        /** Removes every data category from those the purpose may use. */
        public Builder clearCategories() {
            categories.clear();
            return this;
        }

        /**
         * Adds subject categories the purpose concerns, after those already added.
         *
         * @throws NullPointerException if {@code keys} or one of them is null
         * @throws IllegalArgumentException if one of them is not a valid key
         */
        public Builder subjects(String... keys) {
            addKeys(subjects, keys, "subjects");
            return this;
        }

        /**
         * Removes a subject category from those the purpose concerns.
         *
         * @throws NullPointerException if {@code key} is null
         * @throws IllegalArgumentException naming the key, if the purpose does not list it
         */
        public Builder removeSubject(String key) {
            removeKey(subjects, key, "subject category");
            return this;
        }

        /** Removes every subject category, so that the purpose concerns every group. */
        public Builder clearSubjects() {
            subjects.clear();
            return this;
        }

        /** Marks the purpose as direct marketing. */
        public Builder directMarketing() {
            return directMarketing(true);
        }

        /** Marks the purpose as direct marketing or not. */
        public Builder directMarketing(boolean directMarketing) {
            this.directMarketing = directMarketing;
            return this;
        }

        /**
         * Says how the subject objects or opts out.
         *
         * @throws NullPointerException if {@code objection} is null
         */
        public Builder objection(LocalizedText objection) {
            this.objection = Optional.of(Objects.requireNonNull(objection, "objection"));
            return this;
        }

        /** Removes how the subject objects, if it is set. */
        public Builder clearObjection() {
            this.objection = Optional.empty();
            return this;
        }

        /**
         * Sets the Art. 9(2) condition for special categories of data.
         *
         * @throws NullPointerException if {@code condition} is null
         */
        public Builder specialCategoryCondition(SpecialCategoryCondition condition) {
            this.specialCategoryCondition = Optional.of(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /** Removes the Art. 9(2) condition, if one is set. */
        public Builder clearSpecialCategoryCondition() {
            this.specialCategoryCondition = Optional.empty();
            return this;
        }

        /**
         * Sets the Tietosuojalaki §29 ground for the personal identity code.
         *
         * @throws NullPointerException if {@code ground} is null
         */
        public Builder identityCodeGround(IdentityCodeGround ground) {
            this.identityCodeGround = Optional.of(Objects.requireNonNull(ground, "ground"));
            return this;
        }

        /** Removes the §29 ground, if one is set. */
        public Builder clearIdentityCodeGround() {
            this.identityCodeGround = Optional.empty();
            return this;
        }

        /**
         * Names the law that authorises processing of criminal-offence data.
         *
         * @throws NullPointerException if {@code law} is null
         */
        public Builder criminalDataAuthorisation(LocalizedText law) {
            this.criminalDataAuthorisation = Optional.of(Objects.requireNonNull(law, "law"));
            return this;
        }

        /** Removes the law that authorises processing of criminal-offence data, if one is set. */
        public Builder clearCriminalDataAuthorisation() {
            this.criminalDataAuthorisation = Optional.empty();
            return this;
        }

        /**
         * Adds a basis the statement offers as an alternative to the legal basis ("or legitimate interest").
         *
         * @throws NullPointerException if {@code basis} is null
         */
        public Builder alternativeLegalBasis(LegalBasis basis) {
            alternativeLegalBases.add(Objects.requireNonNull(basis, "basis"));
            return this;
        }

        /** Removes every alternative legal basis, so that the legal basis stands alone. */
        public Builder clearAlternativeLegalBases() {
            alternativeLegalBases.clear();
            return this;
        }

        /**
         * The purpose.
         *
         * @throws IllegalArgumentException if alternative legal bases are given without a legal basis
         */
        public Purpose build() {
            return new Purpose(key, name, description, legalBasis, categories, subjects, directMarketing, objection,
                    specialCategoryCondition, identityCodeGround, criminalDataAuthorisation, alternativeLegalBases);
        }

        // Checked as a whole before any is added, so that a failed call leaves the builder as it was.
        private static void addKeys(List<String> list, String[] keys, String name) {
            Objects.requireNonNull(keys, "keys");
            for (int i = 0; i < keys.length; i++) {
                Checks.requireKey(keys[i], name + "[" + (list.size() + i) + "]");
            }
            list.addAll(List.of(keys));
        }

        private static void removeKey(List<String> list, String key, String kind) {
            Objects.requireNonNull(key, "key");
            if (!list.removeIf(key::equals)) {
                throw new IllegalArgumentException("the purpose lists no " + kind + " '" + key + "' to remove");
            }
        }
    }
}
