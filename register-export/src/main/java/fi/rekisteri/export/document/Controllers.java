package fi.rekisteri.export.document;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import java.util.List;

/**
 * Whether registers are one controller's, as one Art. 30 record across them needs: two controllers are the same when
 * their business IDs are equal, or, when either has none, when their names are; business IDs that differ make two
 * controllers whatever their names.
 */
final class Controllers {

    private Controllers() {}

    /**
     * Checks that the registers are one controller's.
     *
     * @param names what to call each register in the message (its file, or its key), in the registers' order
     * @throws IllegalArgumentException when there is no register, or naming two registers and their controllers when
     *     the controllers differ
     */
    static void requireOne(List<Register> registers, List<String> names) {
        if (registers.isEmpty()) {
            throw new IllegalArgumentException("an Art. 30 record needs at least one register");
        }
        if (names.size() != registers.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + registers.size() + " registers");
        }
        for (int i = 0; i < registers.size(); i++) {
            for (int j = i + 1; j < registers.size(); j++) {
                Organisation a = registers.get(i).controller();
                Organisation b = registers.get(j).controller();
                if (!same(a, b)) {
                    throw new IllegalArgumentException("the registers are of different controllers: " + names.get(i)
                            + " is " + describe(a) + "'s, " + names.get(j) + " is " + describe(b)
                            + "'s; one Art. 30 record is of one controller");
                }
            }
        }
    }

    private static boolean same(Organisation a, Organisation b) {
        if (a.businessId().isPresent() && b.businessId().isPresent()) {
            return a.businessId().equals(b.businessId());
        }
        // The same name in Finnish (or its fallback): one register may have translated it where another has not.
        return a.name().text(Language.FI).equals(b.name().text(Language.FI));
    }

    /** {@code Esimerkki Oy (1234567-8)}: an organisation's name and business ID, which are no personal data. */
    private static String describe(Organisation organisation) {
        String name = organisation.name().text(Language.FI);
        return organisation.businessId().map(id -> name + " (" + id + ")").orElse(name);
    }
}
