package fi.rekisteri.core;

import fi.rekisteri.core.law.TransferCountries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds every inconsistency in a register: duplicate keys, references to keys that do not exist, categories whose
 * parent is missing. Paths name the offending element as the register's accessors do ({@code purposes[2].categories[0]}).
 */
final class RegisterConsistency {

    private final Register register;
    private final List<Problem> problems = new ArrayList<>();

    RegisterConsistency(Register register) {
        this.register = register;
    }

    List<Problem> problems() {
        Set<String> subjects = uniqueKeys("subjectCategories", register.subjectCategories(), DataSubjectCategory::key);
        Set<String> categories = uniqueKeys("dataCategories", register.dataCategories(), DataCategory::key);
        Set<String> purposes = uniqueKeys("purposes", register.purposes(), Purpose::key);
        uniqueKeys("disclosures", register.disclosures(), Disclosure::key);

        List<DataCategory> dataCategories = register.dataCategories();
        for (int i = 0; i < dataCategories.size(); i++) {
            DataCategory category = dataCategories.get(i);
            String path = "dataCategories[" + i + "]";
            Optional<String> parent = category.parentKey();
            if (parent.isPresent() && !categories.contains(parent.get())) {
                problems.add(new Problem(path + ".key", "parent category '" + parent.get() + "' of '"
                        + category.key() + "' is not declared"));
            }
            references(path + ".subjects", category.subjects(), subjects, "data subject category");
        }

        List<Purpose> purposeList = register.purposes();
        for (int i = 0; i < purposeList.size(); i++) {
            Purpose purpose = purposeList.get(i);
            references("purposes[" + i + "].categories", purpose.categories(), categories, "data category");
            references("purposes[" + i + "].subjects", purpose.subjects(), subjects, "data subject category");
        }

        List<Source> sources = register.sources();
        for (int i = 0; i < sources.size(); i++) {
            references("sources[" + i + "].categories", sources.get(i).categories(), categories, "data category");
        }

        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            Disclosure disclosure = disclosures.get(i);
            references("disclosures[" + i + "].categories", disclosure.categories(), categories, "data category");
            references("disclosures[" + i + "].purposes", disclosure.purposes(), purposes, "purpose");
        }

        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            TransferCountries countries = TransferCountries.current();
            for (int i = 0; i < third.transfers().size(); i++) {
                Transfer transfer = third.transfers().get(i);
                String path = "transfers.transfers[" + i + "]";
                if (countries.isEea(transfer.country())) {
                    problems.add(new Problem(path + ".country", "'" + transfer.country()
                            + "' is in the EU/EEA: list only transfers to countries outside it"));
                }
                references(path + ".categories", transfer.categories(), categories, "data category");
            }
        }

        List<RetentionRule> retention = register.retention();
        for (int i = 0; i < retention.size(); i++) {
            references("retention[" + i + "].categories", retention.get(i).categories(), categories, "data category");
        }
        return List.copyOf(problems);
    }

    private <T> Set<String> uniqueKeys(String path, List<T> parts, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String k = key.apply(parts.get(i));
            if (!seen.add(k)) {
                problems.add(new Problem(path + "[" + i + "].key", "duplicate key '" + k + "'"));
            }
        }
        return seen;
    }

    private void references(String path, List<String> keys, Set<String> known, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (!known.contains(k)) {
                problems.add(new Problem(path + "[" + i + "]", "unknown " + what + " '" + k + "'"));
            } else if (!seen.add(k)) {
                problems.add(new Problem(path + "[" + i + "]", what + " '" + k + "' is listed twice"));
            }
        }
    }
}
