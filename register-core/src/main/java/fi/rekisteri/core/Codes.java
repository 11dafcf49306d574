package fi.rekisteri.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of a {@link Coded} enum's constants by code, built once per enum and checked for repeated codes. */
record Codes(Map<String, Enum<?>> byCode, List<String> codes) {

    private static final ClassValue<Codes> TABLES = new ClassValue<>() {
        @Override
        protected Codes computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null) {
                throw new IllegalArgumentException(type.getName() + " is not an enum");
            }
            Map<String, Enum<?>> byCode = new LinkedHashMap<>();
            for (Object constant : constants) {
                String code = ((Coded) constant).code();
                Enum<?> earlier = byCode.put(code, (Enum<?>) constant);
                if (earlier != null) {
                    throw new IllegalStateException(type.getName() + "." + earlier.name() + " and "
                            + ((Enum<?>) constant).name() + " have the same code " + code);
                }
            }
            return new Codes(Map.copyOf(byCode), List.copyOf(byCode.keySet()));
        }
    };

    /** The table of an enum. */
    static Codes of(Class<? extends Enum<?>> type) {
        return TABLES.get(type);
    }
}
