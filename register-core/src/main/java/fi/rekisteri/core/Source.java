package fi.rekisteri.core;

import fi.rekisteri.core.identifier.BusinessId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regular source of the register's data (säännönmukainen tietolähde): the data subject, the controller's own
 * operations, or an external organisation.
 */
public sealed interface Source {

    /** Keys of the data categories this source supplies; empty when not itemised. */
    List<String> categories();

    /**
     * Data the subject gives: forms, contracts, customer-service contacts.
     *
     * @param description what the subject gives and how ({@code asiakkaan ilmoittamat tiedot})
     * @param categories keys of the data categories obtained this way
     */
    record DataSubject(LocalizedText description, List<String> categories) implements Source {
        /** Creates the source. */
        public DataSubject {
            Objects.requireNonNull(description, "description");
            categories = Checks.keys(categories, "categories");
        }

        /** A source described by a text, with no categories itemised. */
        public static DataSubject of(LocalizedText description) {
            return new DataSubject(description, List.of());
        }
    }

    /**
     * Data that arises within the controller's own operations: service production, customer history.
     *
     * @param description what arises and where
     * @param categories keys of the data categories that arise this way
     */
    record Internal(LocalizedText description, List<String> categories) implements Source {
        /** Creates the source. */
        public Internal {
            Objects.requireNonNull(description, "description");
            categories = Checks.keys(categories, "categories");
        }

        /** A source described by a text, with no categories itemised. */
        public static Internal of(LocalizedText description) {
            return new Internal(description, List.of());
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

        /** Creates the source. */
        public External {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(businessId, "businessId");
            Objects.requireNonNull(supplies, "supplies");
            Objects.requireNonNull(reason, "reason");
            categories = Checks.keys(categories, "categories");
        }

        /** An organisation known only by name; add the rest with the {@code with…} methods. */
        public static External of(LocalizedText name) {
            return new External(name, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), false);
        }

        /** This source with its business ID. */
        public External withBusinessId(BusinessId businessId) {
            return new External(name, Optional.of(businessId), supplies, reason, categories, publiclyAccessible);
        }

        /** This source with what it supplies. */
        public External withSupplies(LocalizedText supplies) {
            return new External(name, businessId, Optional.of(supplies), reason, categories, publiclyAccessible);
        }

        /** This source with why data is obtained from it. */
        public External withReason(LocalizedText reason) {
            return new External(name, businessId, supplies, Optional.of(reason), categories, publiclyAccessible);
        }

        /** This source with the data categories it supplies. */
        public External withCategories(String... keys) {
            return new External(name, businessId, supplies, reason, List.of(keys), publiclyAccessible);
        }

        /** This source marked as publicly accessible. */
        public External asPubliclyAccessible() {
            return new External(name, businessId, supplies, reason, categories, true);
        }
    }
}
