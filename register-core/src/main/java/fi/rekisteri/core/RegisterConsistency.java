package fi.rekisteri.core;

import fi.rekisteri.core.law.TransferCountries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
        Set<String> subjects = uniqueKeys(RegisterPath.of("subjectCategories"), register.subjectCategories(),
                DataSubjectCategory::key);
        Set<String> categories = uniqueKeys(RegisterPath.of("dataCategories"), register.dataCategories(),
                DataCategory::key);
        Set<String> purposes = uniqueKeys(RegisterPath.of("purposes"), register.purposes(), Purpose::key);
        uniqueKeys(RegisterPath.of("disclosures"), register.disclosures(), Disclosure::key);

        List<DataCategory> dataCategories = register.dataCategories();
        for (int i = 0; i < dataCategories.size(); i++) {
            DataCategory category = dataCategories.get(i);
            RegisterPath path = RegisterPath.of("dataCategories").index(i);
            Optional<String> parent = category.parentKey();
            if (parent.isPresent() && !categories.contains(parent.get())) {
                problems.add(new Problem(path.property("key"), "parent category '" + parent.get() + "' of '"
                        + category.key() + "' is not declared"));
            }
            references(path.property("subjects"), category.subjects(), subjects, "data subject category");
        }

        each("purposes", register.purposes(), (path, purpose) -> {
            references(path.property("categories"), purpose.categories(), categories, "data category");
            references(path.property("subjects"), purpose.subjects(), subjects, "data subject category");
        });
        each("sources", register.sources(), (path, source) ->
                references(path.property("categories"), source.categories(), categories, "data category"));
        each("disclosures", register.disclosures(), (path, disclosure) -> {
            references(path.property("categories"), disclosure.categories(), categories, "data category");
            references(path.property("purposes"), disclosure.purposes(), purposes, "purpose");
        });

        if (register.noDisclosures().isPresent() && !register.disclosures().isEmpty()) {
            problems.add(new Problem(RegisterPath.of("noDisclosures"),
                    "the register states that no data is disclosed, yet lists disclosures"));
        }
        uniqueKeys(RegisterPath.of("cookies"), register.cookies(), Cookie::key);
        each("cookies", register.cookies(), (path, cookie) ->
                references(path.property("purposes"), cookie.purposes(), purposes, "purpose"));

        if (register.transfers().orElse(null) instanceof Transfers.ThirdCountries third) {
            TransferCountries countries = TransferCountries.current();
            for (int i = 0; i < third.transfers().size(); i++) {
                Transfer transfer = third.transfers().get(i);
                RegisterPath path = RegisterPath.of("transfers", "transfers").index(i);
                if (countries.isEea(transfer.country())) {
                    problems.add(new Problem(path.property("country"), "'" + transfer.country()
                            + "' is in the EU/EEA: list only transfers to countries outside it"));
                }
                references(path.property("categories"), transfer.categories(), categories, "data category");
            }
        }

        each("retention", register.retention(), (path, rule) ->
                references(path.property("categories"), rule.categories(), categories, "data category"));
        return List.copyOf(problems);
    }

    /** Checks each part of a list of the register with its path, such as {@code purposes[2]}. */
    private static <T> void each(String list, List<T> parts, BiConsumer<RegisterPath, T> check) {
        for (int i = 0; i < parts.size(); i++) {
            check.accept(RegisterPath.of(list).index(i), parts.get(i));
        }
    }

    private <T> Set<String> uniqueKeys(RegisterPath path, List<T> parts, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String k = key.apply(parts.get(i));
            if (!seen.add(k)) {
                problems.add(new Problem(path.index(i).property("key"), "duplicate key '" + k + "'"));
            }
        }
        return seen;
    }

    private void references(RegisterPath path, List<String> keys, Set<String> known, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (!known.contains(k)) {
                problems.add(new Problem(path.index(i), "unknown " + what + " '" + k + "'"));
            } else if (!seen.add(k)) {
                problems.add(new Problem(path.index(i), what + " '" + k + "' is listed twice"));
            }
        }
    }
}
