package fi.rekisteri.core;

import fi.rekisteri.core.identifier.BusinessId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regular source of the register's data (säännönmukainen tietolähde): the data subject, the controller's own
 * operations, or an external organisation. Each variant says which {@link Kind} it is; code that handles every source
 * switches over the kind, so that a new kind is a compile error wherever it is not handled.
 */
public sealed interface Source extends Variant<Source.Kind> {

    /** The kinds of source, one for each variant, with their stable codes. */
    enum Kind implements Coded {
        /** {@link DataSubject}. */
        DATA_SUBJECT,
        /** {@link Internal}. */
        INTERNAL,
        /** {@link External}. */
        EXTERNAL;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "source kind");
        }
    }

    /** Keys of the data categories this source supplies; empty when not itemised. */
    List<String> categories();

    /**
     * Data the subject gives: forms, contracts, customer-service contacts.
     *
     * @param description what the subject gives and how ({@code asiakkaan ilmoittamat tiedot})
     * @param categories keys of the data categories obtained this way
     */
    record DataSubject(LocalizedText description, List<String> categories) implements Source {
        /**
         * Creates the source.
         *
         * @throws NullPointerException if an argument or a key is null
         * @throws IllegalArgumentException if a category key is not a key
         */
        public DataSubject {
            Objects.requireNonNull(description, "description");
            categories = Checks.keys(categories, "categories");
        }

        /**
         * A source described by a text, with no categories itemised.
         *
         * @throws NullPointerException if {@code description} is null
         */
        public static DataSubject of(LocalizedText description) {
            return new DataSubject(description, List.of());
        }

        @Override
        public Kind kind() {
            return Kind.DATA_SUBJECT;
        }
    }

    /**
     * Data that arises within the controller's own operations: service production, customer history.
     *
     * @param description what arises and where
     * @param categories keys of the data categories that arise this way
     */
    record Internal(LocalizedText description, List<String> categories) implements Source {
        /**
         * Creates the source.
         *
         * @throws NullPointerException if an argument or a key is null
         * @throws IllegalArgumentException if a category key is not a key
         */
        public Internal {
            Objects.requireNonNull(description, "description");
            categories = Checks.keys(categories, "categories");
        }

        /**
         * A source described by a text, with no categories itemised.
         *
         * @throws NullPointerException if {@code description} is null
         */
        public static Internal of(LocalizedText description) {
            return new Internal(description, List.of());
        }

        @Override
        public Kind kind() {
            return Kind.INTERNAL;
        }
    }

    /**
     * An organisation outside the controller that supplies data (Art. 14(2)(f)): YTJ, Suomen Asiakastieto Oy.
     *
     * @param name the organisation or its register ({@code YTJ (Yritys- ja yhteisötietojärjestelmä)})
     * @param businessId its business ID, if known
     * @param supplies what it supplies ({@code Asiakkaan Y-tunnus ja perustiedot})
     * @param reason why the data is obtained from it
     * @param categories keys of the data categories it supplies
     * @param publiclyAccessible whether this is a publicly accessible source (Art. 14(2)(f))
     */
    record External(
            LocalizedText name,
            Optional<BusinessId> businessId,
            Optional<LocalizedText> supplies,
            Optional<LocalizedText> reason,
            List<String> categories,
            boolean publiclyAccessible) implements Source {

        /**
         * Creates the source.
         *
         * @throws NullPointerException if an argument or a key is null
         * @throws IllegalArgumentException if a category key is not a key
         */
        public External {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(businessId, "businessId");
            Objects.requireNonNull(supplies, "supplies");
            Objects.requireNonNull(reason, "reason");
            categories = Checks.keys(categories, "categories");
        }

        /**
         * An organisation known only by name; add the rest with the {@code with…} methods.
         *
         * @throws NullPointerException if {@code name} is null
         */
        public static External of(LocalizedText name) {
            return new External(name, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false);
        }

        /**
         * This source with its business ID.
         *
         * @throws NullPointerException if {@code businessId} is null
         */
        public External withBusinessId(BusinessId businessId) {
            return new External(name, Optional.of(Objects.requireNonNull(businessId, "businessId")), supplies, reason,
                    categories, publiclyAccessible);
        }

        /**
         * This source with what it supplies.
         *
         * @throws NullPointerException if {@code supplies} is null
         */
        public External withSupplies(LocalizedText supplies) {
            return new External(name, businessId, Optional.of(Objects.requireNonNull(supplies, "supplies")), reason,
                    categories, publiclyAccessible);
        }

        /**
         * This source with why data is obtained from it.
         *
         * @throws NullPointerException if {@code reason} is null
         */
        public External withReason(LocalizedText reason) {
            return new External(name, businessId, supplies, Optional.of(Objects.requireNonNull(reason, "reason")),
                    categories, publiclyAccessible);
        }

        /**
         * This source with the data categories it supplies.
         *
         * @throws NullPointerException if {@code keys} or one of them is null
         * @throws IllegalArgumentException if one of them is not a key
         */
        public External withCategories(String... keys) {
            return new External(name, businessId, supplies, reason, Arrays.asList(Objects.requireNonNull(keys, "keys")),
                    publiclyAccessible);
        }

        /** This source marked as publicly accessible. */
        public External asPubliclyAccessible() {
            return new External(name, businessId, supplies, reason, categories, true);
        }

        @Override
        public Kind kind() {
            return Kind.EXTERNAL;
        }
    }
}
