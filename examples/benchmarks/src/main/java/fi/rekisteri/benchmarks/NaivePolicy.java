package fi.rekisteri.benchmarks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a developer would write by hand: the purpose's granted keys in a {@code Map<String, Set<String>>}, and
 * the category's ancestors walked on every call by cutting its key at the last dot.
 */
final class NaivePolicy {

    private final Map<String, Set<String>> grants = new HashMap<>();

    NaivePolicy(List<String> purposes, List<List<String>> granted) {
        for (int p = 0; p < purposes.size(); p++) {
            grants.put(purposes.get(p), new HashSet<>(granted.get(p)));
        }
    }

    boolean mayUse(String purpose, String category) {
        Set<String> granted = grants.get(purpose);
        if (granted == null) {
            return false;
        }
        String key = category;
        while (true) {
            if (granted.contains(key)) {
                return true;
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            key = key.substring(0, dot);
        }
    }
}
