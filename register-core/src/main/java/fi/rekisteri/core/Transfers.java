package fi.rekisteri.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a register says of transfers outside the EU/EEA: an explicit "none", the transfers made, or that transfers may
 * happen without naming where ("our service providers may process data outside the EU/EEA"). A register that
 * says nothing has no {@code Transfers} at all, and the compliance check reports that. Each variant says which
 * {@link Kind} it is; code that handles every statement switches over the kind, so that a new kind is a compile
 * error wherever it is not handled.
 */
public sealed interface Transfers extends Variant<Transfers.Kind> {

    /** The kinds of statement, one for each variant, with their stable codes. */
    enum Kind implements Coded {
        /** {@link None}. */
        NONE,
        /** {@link ThirdCountries}. */
        THIRD_COUNTRIES,
        /** {@link MayOccur}. */
        MAY_OCCUR;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "transfers kind");
        }
    }

    /** No transfers. */
    static Transfers none() {
        return new None(Optional.empty());
    }

    /**
     * No transfers, in the register's own words ({@code Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.}).
     *
     * @throws NullPointerException if {@code statement} is null
     */
    static Transfers none(LocalizedText statement) {
        return new None(Optional.of(Objects.requireNonNull(statement, "statement")));
    }

    /**
     * The given transfers; at least one.
     *
     * @throws NullPointerException if {@code transfers} or one of them is null
     * @throws IllegalArgumentException if there are none
     */
    static Transfers of(Transfer... transfers) {
        return new ThirdCountries(Arrays.asList(Objects.requireNonNull(transfers, "transfers")));
    }

    /**
     * Transfers may happen, to countries and recipients the register does not name, on the given safeguards.
     *
     * @throws NullPointerException if an argument or one of the safeguards is null
     */
    static Transfers mayOccur(LocalizedText statement, Safeguard... safeguards) {
        return new MayOccur(Optional.of(Objects.requireNonNull(statement, "statement")),
                Arrays.asList(Objects.requireNonNull(safeguards, "safeguards")));
    }

    /**
     * The register states that no data leaves the EU/EEA.
     *
     * @param statement the register's own words for it, if it has them
     */
    record None(Optional<LocalizedText> statement) implements Transfers {
        /**
         * Creates the statement.
         *
         * @throws NullPointerException if {@code statement} is null
         */
        public None {
            Objects.requireNonNull(statement, "statement");
        }

        @Override
        public Kind kind() {
            return Kind.NONE;
        }
    }

    /**
     * Data is transferred to countries outside the EU/EEA.
     *
     * @param transfers the transfers, at least one
     */
    record ThirdCountries(List<Transfer> transfers) implements Transfers {
        /**
         * Creates the list; it must not be empty (say {@link Transfers#none()} instead).
         *
         * @throws NullPointerException if {@code transfers} or one of them is null
         * @throws IllegalArgumentException if there are none
         */
        public ThirdCountries {
            List<Transfer> copy = new ArrayList<>(Objects.requireNonNull(transfers, "transfers"));
            for (int i = 0; i < copy.size(); i++) {
                Objects.requireNonNull(copy.get(i), "transfers[" + i + "]");
            }
            transfers = List.copyOf(copy);
            if (transfers.isEmpty()) {
                throw new IllegalArgumentException("no transfers listed: use Transfers.none() to say there are none");
            }
        }

        @Override
        public Kind kind() {
            return Kind.THIRD_COUNTRIES;
        }
    }

    /**
     * Transfers outside the EU/EEA may happen, but the register names neither the countries nor the recipients:
     * the subject cannot learn where the data goes (Art. 13(1)(f)), and without a safeguard not on what ground.
     *
     * @param statement the register's own words, if it has them
     * @param safeguards the grounds the register names for such transfers, in its order; empty when it names none
     */
    record MayOccur(Optional<LocalizedText> statement, List<Safeguard> safeguards) implements Transfers {
        /**
         * Creates the statement.
         *
         * @throws NullPointerException if an argument or one of the safeguards is null
         */
        public MayOccur {
            Objects.requireNonNull(statement, "statement");
            List<Safeguard> copy = new ArrayList<>(Objects.requireNonNull(safeguards, "safeguards"));
            for (int i = 0; i < copy.size(); i++) {
                Objects.requireNonNull(copy.get(i), "safeguards[" + i + "]");
            }
            safeguards = List.copyOf(copy);
        }

        @Override
        public Kind kind() {
            return Kind.MAY_OCCUR;
        }
    }
}
