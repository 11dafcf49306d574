package fi.rekisteri.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each public type's {@code toString()} may print, decided type by type: a module's test lists every class and
 * record of its API with its {@link Printing}, and a type added without a decision fails that test. Enums (their
 * constants' names) and interfaces (whose implementations are decided) need none.
 */
public final class PrintDecisions {

    private PrintDecisions() {}

    /** What a type's {@code toString()} prints. */
    public enum Printing {
        /** It holds personal data (a subject id, a name, an e-mail address, a free-text reason) and never prints it. */
        PERSONAL,
        /** A value that {@code parse} reads: {@code toString()} gives back what {@code parse} takes. */
        ROUND_TRIP,
        /**
         * It holds no personal data: the register's own words (published in its documents), keys, codes, dates,
         * counts, pseudonyms. It may print what it holds.
         */
        NO_PERSONAL_DATA,
        /** Not a value: a service, a builder, a store, a writer, an exception; its message names no personal data. */
        NOT_A_VALUE
    }

    /**
     * Fails naming every class and record of the module's API without a decision, every decision for a type that is
     * not in the API, every type with a {@code parse} that does not round-trip by decision and every
     * {@link Printing#ROUND_TRIP} without one.
     */
    public static void assertEveryTypeDecided(Class<?> anyType, Map<Class<?>, Printing> decided) {
        Set<String> undecided = new TreeSet<>();
        Set<String> api = new TreeSet<>();
        for (Class<?> type : ApiTypes.of(anyType)) {
            if (type.isEnum() || type.isInterface()) {
                continue;
            }
            api.add(type.getName());
            Printing printing = decided.get(type);
            if (printing == null) {
                undecided.add(type.getName());
            } else if (parse(type).isPresent() != (printing == Printing.ROUND_TRIP) && printing != Printing.PERSONAL) {
                undecided.add(type.getName() + " (has a parse: ROUND_TRIP, or PERSONAL)");
            }
        }
        assertEquals(Set.of(), undecided, "types without a decision on what toString() prints");
        Set<String> stale = new TreeSet<>();
        decided.keySet().stream().map(Class::getName).filter(name -> !api.contains(name)).forEach(stale::add);
        assertEquals(Set.of(), stale, "decisions for types not in the API");
    }

    /** The types decided {@code printing}. */
    public static List<Class<?>> decided(Map<Class<?>, Printing> decided, Printing printing) {
        return decided.entrySet().stream().filter(e -> e.getValue() == printing).map(Map.Entry::getKey)
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    /** Fails when the value's {@code toString()} shows one of the secrets. */
    public static void assertHides(Object value, String... secrets) {
        String printed = value.toString();
        for (String secret : secrets) {
            assertFalse(printed.contains(secret), value.getClass().getName() + " prints '" + secret + "': " + printed);
        }
    }

    /** Fails unless {@code parse(value.toString())} is the value and prints as it. */
    public static void assertRoundTrips(Object value) {
        Method parse = parse(value.getClass()).orElseThrow(() -> new AssertionError(value.getClass() + " has no parse"));
        try {
            Object back = parse.invoke(null, value.toString());
            assertEquals(value, back, value.getClass().getName());
            assertEquals(value.toString(), back.toString(), value.getClass().getName());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(value.getClass().getName() + " does not parse its own " + value, e);
        }
    }

    private static Optional<Method> parse(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals("parse") && Modifier.isStatic(method.getModifiers())
                    && Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].isAssignableFrom(String.class)
                    && method.getReturnType() == type) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
