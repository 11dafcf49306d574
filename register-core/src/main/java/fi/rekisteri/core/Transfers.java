package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a register says of transfers outside the EU/EEA: an explicit "none", or the transfers made. A register that
 * says nothing has no {@code Transfers} at all, and the compliance check reports that.
 */
public sealed interface Transfers {

    /** No transfers. */
    static Transfers none() {
        return new None(Optional.empty());
    }

    /** No transfers, in the register's own words ({@code Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.}). */
    static Transfers none(LocalizedText statement) {
        return new None(Optional.of(statement));
    }

    /** The given transfers; at least one. */
    static Transfers of(Transfer... transfers) {
        return new ThirdCountries(List.of(transfers));
    }

    /**
     * The register states that no data leaves the EU/EEA.
     *
     * @param statement the register's own words for it, if it has them
     */
    record None(Optional<LocalizedText> statement) implements Transfers {
        /** Creates the statement. */
        public None {
            Objects.requireNonNull(statement, "statement");
        }
    }

    /**
     * Data is transferred to countries outside the EU/EEA.
     *
     * @param transfers the transfers, at least one
     */
    record ThirdCountries(List<Transfer> transfers) implements Transfers {
        /** Creates the list; it must not be empty (say {@link Transfers#none()} instead). */
        public ThirdCountries {
            transfers = List.copyOf(transfers);
            if (transfers.isEmpty()) {
                throw new IllegalArgumentException("no transfers listed: use Transfers.none() to say there are none");
            }
        }
    }
}
