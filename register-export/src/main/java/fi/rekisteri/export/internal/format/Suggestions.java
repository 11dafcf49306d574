package fi.rekisteri.export.internal.format;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean …?" for a name or key that is not one of those allowed: the closest by Damerau–Levenshtein distance
 * (optimal string alignment: insertions, deletions, substitutions and swaps of neighbours count one each), when it is
 * close enough to be a typo, or the one allowed name that the given one begins (as {@code ip} begins
 * {@code ip-address}). Nothing is suggested when no name is close, or when two are equally close.
 */
final class Suggestions {

    private Suggestions() {}

    /** {@code "; did you mean 'purposes'?"}, or the empty text when nothing is close. */
    static String didYouMean(String given, Collection<String> allowed) {
        return closest(given, allowed).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** The allowed name {@code given} most likely meant, if one is close enough to say. */
    static Optional<String> closest(String given, Collection<String> allowed) {
        List<String> extending = allowed.stream()
                .filter(name -> given.length() >= 2 && name.length() > given.length() && name.startsWith(given))
                .toList();
        if (extending.size() == 1) {
            return Optional.of(extending.get(0));
        }
        int best = Integer.MAX_VALUE;
        String nearest = null;
        boolean tied = false;
        for (String name : allowed) {
            int distance = distance(given, name);
            if (distance < best) {
                best = distance;
                nearest = name;
                tied = false;
            } else if (distance == best) {
                tied = true;
            }
        }
        if (nearest == null || tied || best == 0 || best > threshold(given)) {
            return Optional.empty();
        }
        return Optional.of(nearest);
    }

    /** How many edits still read as a typo: one in a short name, about one in three letters in a longer one. */
    private static int threshold(String given) {
        return Math.max(1, given.length() / 3);
    }

    /** The optimal-string-alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
