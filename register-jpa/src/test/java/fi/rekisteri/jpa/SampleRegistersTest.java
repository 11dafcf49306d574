package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.Register;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store contract's round trips compare whole registers, so a part no sample holds is a part they never test:
 * a new part of the model that the store drops fails here until a sample holds it.
 */
class SampleRegistersTest {

    @Test
    void holdEveryOptionalAndListedPartOfARegisterBetweenThem() {
        List<Register> samples = List.of(SampleRegisters.full("full"), SampleRegisters.webShop("shop"),
                SampleRegisters.parties("parties"), SampleRegisters.bareStatements("bare"),
                SampleRegisters.ofSize("size", 2));

        List<String> unheld = Arrays.stream(Register.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .filter(m -> Optional.class.equals(m.getReturnType())
                        || Collection.class.isAssignableFrom(m.getReturnType())
                        || Map.class.isAssignableFrom(m.getReturnType()))
                .filter(m -> samples.stream().allMatch(sample -> isEmpty(m, sample)))
                .map(Method::getName)
                .sorted()
                .toList();

        assertEquals(List.of(), unheld);
    }

    private static boolean isEmpty(Method accessor, Register register) {
        try {
            Object value = accessor.invoke(register);
            return value instanceof Optional<?> o ? o.isEmpty()
                    : value instanceof Collection<?> c ? c.isEmpty()
                    : ((Map<?, ?>) value).isEmpty();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(accessor + " of " + register.key(), e);
        }
    }
}
