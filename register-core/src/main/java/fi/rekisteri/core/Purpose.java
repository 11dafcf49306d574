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
        Optional<LocalizedText> criminalDataAuthorisation) {

    /** Creates a purpose; keys must be valid keys. */
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
    }

    /** A builder for a purpose with the given key and name. */
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
        return builder;
    }

    /** Builds a {@link Purpose}; not thread-safe. */
    public static final class Builder {
        private final String key;
        private final LocalizedText name;
        private Optional<LocalizedText> description = Optional.empty();
        private Optional<LegalBasis> legalBasis = Optional.empty();
        private final List<String> categories = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        private boolean directMarketing;
        private Optional<LocalizedText> objection = Optional.empty();
        private Optional<SpecialCategoryCondition> specialCategoryCondition = Optional.empty();
        private Optional<IdentityCodeGround> identityCodeGround = Optional.empty();
        private Optional<LocalizedText> criminalDataAuthorisation = Optional.empty();

        private Builder(String key, LocalizedText name) {
            this.key = key;
            this.name = name;
        }

        /** Describes the purpose further. */
        public Builder description(LocalizedText description) {
            this.description = Optional.of(description);
            return this;
        }

        /** Sets the legal basis. */
        public Builder legalBasis(LegalBasis legalBasis) {
            this.legalBasis = Optional.of(legalBasis);
            return this;
        }

        /** Adds data categories the purpose may use. */
        public Builder categories(String... keys) {
            categories.addAll(List.of(keys));
            return this;
        }

        /** Adds subject categories the purpose concerns. */
        public Builder subjects(String... keys) {
            subjects.addAll(List.of(keys));
            return this;
        }

        /** Marks the purpose as direct marketing. */
        public Builder directMarketing() {
            this.directMarketing = true;
            return this;
        }

        /** Says how the subject objects or opts out. */
        public Builder objection(LocalizedText objection) {
            this.objection = Optional.of(objection);
            return this;
        }

        /** Sets the Art. 9(2) condition for special categories of data. */
        public Builder specialCategoryCondition(SpecialCategoryCondition condition) {
            this.specialCategoryCondition = Optional.of(condition);
            return this;
        }

        /** Sets the Tietosuojalaki §29 ground for the personal identity code. */
        public Builder identityCodeGround(IdentityCodeGround ground) {
            this.identityCodeGround = Optional.of(ground);
            return this;
        }

        /** Names the law that authorises processing of criminal-offence data. */
        public Builder criminalDataAuthorisation(LocalizedText law) {
            this.criminalDataAuthorisation = Optional.of(law);
            return this;
        }

        /** The purpose. */
        public Purpose build() {
            return new Purpose(key, name, description, legalBasis, categories, subjects, directMarketing, objection,
                    specialCategoryCondition, identityCodeGround, criminalDataAuthorisation);
        }
    }
}
