package fi.rekisteri.core.policy;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.law.TransferCountries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register's transfers outside the EU/EEA, judged against the EU/EEA and adequacy lists. */
final class TransferRules {

    private record Rule(Transfer transfer, Optional<long[]> categories) {}

    private final String register;
    private final TransferCountries countries;
    private final CategoryTree tree;
    private final Map<String, List<Rule>> byCountry = new HashMap<>();

    TransferRules(Register register, CategoryTree tree, TransferCountries countries) {
        this.register = register.key();
        this.countries = countries;
        this.tree = tree;
        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            for (Transfer transfer : third.transfers()) {
                Optional<long[]> covered = transfer.categories().isEmpty()
                        ? Optional.empty()
                        : Optional.of(tree.closure(transfer.categories()));
                byCountry.computeIfAbsent(transfer.country(), c -> new ArrayList<>()).add(new Rule(transfer, covered));
            }
        }
    }

    TransferCountries countries() {
        return countries;
    }

    TransferDecision check(String categoryKey, String country) {
        if (!country.matches("[A-Z]{2}")) {
            return new TransferDecision.Refused(country,
                    "'" + country + "' is not an ISO 3166-1 alpha-2 country code such as FI or US");
        }
        int category = tree.indexOf(categoryKey);
        if (category < 0) {
            return new TransferDecision.Refused(country,
                    "data category '" + categoryKey + "' is not declared in register '" + register + "'");
        }
        if (countries.isEea(country)) {
            return new TransferDecision.WithinEea(country);
        }
        List<Rule> rules = byCountry.getOrDefault(country, List.of());
        if (rules.isEmpty()) {
            return new TransferDecision.Refused(country, "register '" + register + "' declares no transfer to '"
                    + country + "', which is outside the EU/EEA (lists as of " + countries.asOf() + ")");
        }
        String refusal = "register '" + register + "' declares transfers to '" + country + "' but not of '"
                + categoryKey + "'";
        for (Rule rule : rules) {
            if (rule.categories().isPresent() && !Bits.get(rule.categories().get(), category)) {
                continue;
            }
            Optional<Safeguard> safeguard = rule.transfer().safeguard();
            if (safeguard.isEmpty()) {
                refusal = "register '" + register + "' declares the transfer to '" + country
                        + "' without a safeguard (GDPR Chapter V)";
                continue;
            }
            if (safeguard.get() != Safeguard.ADEQUACY_DECISION) {
                return new TransferDecision.Permitted(country, safeguard.get(), Optional.empty());
            }
            Optional<TransferCountries.Adequacy> adequacy = countries.adequacy(country);
            if (adequacy.isEmpty()) {
                refusal = "register '" + register + "' transfers to '" + country + "' on an adequacy decision, but '"
                        + country + "' has none (lists as of " + countries.asOf() + ")";
                continue;
            }
            return new TransferDecision.Permitted(country, Safeguard.ADEQUACY_DECISION, adequacy.get().scope());
        }
        return new TransferDecision.Refused(country, refusal);
    }
}
