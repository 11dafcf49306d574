package fi.rekisteri.core.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.rekisteri.core.Register;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of register-core's exported packages, called with null in each reference
 * parameter not marked {@code @Nullable} and valid samples elsewhere, throws a {@link NullPointerException} whose
 * message is the parameter's name (or starts with it, as {@code sources[1]} does). A JVM's own "Cannot invoke ..."
 * message does not count: the check must be deliberate, before the argument is used or stored.
 */
class NullArgumentsTest {

    @TestFactory
    Stream<DynamicTest> everyPublicConstructorAndMethodRejectsNullNamingTheParameter() {
        return calls().stream().map(call -> DynamicTest.dynamicTest(call.toString(), call::check));
    }

    @Test
    void theTestReachesTheWholeApi() {
        List<NullCall> calls = calls();
        Set<String> types = Set.copyOf(calls.stream().map(c -> c.executable.getDeclaringClass().getName()).toList());
        assertTrue(calls.size() > 200, "only " + calls.size() + " calls");
        for (String expected : List.of("fi.rekisteri.core.Register$Builder", "fi.rekisteri.core.Purpose$Builder",
                "fi.rekisteri.core.LocalizedText", "fi.rekisteri.core.identifier.PersonalIdentityCode",
                "fi.rekisteri.core.compliance.Compliance", "fi.rekisteri.core.law.TransferCountries",
                "fi.rekisteri.core.policy.PurposePolicy", "fi.rekisteri.core.policy.SubjectState$Builder",
                // The types that grew with the flows: alternative bases, transfers that may occur, retention forms.
                "fi.rekisteri.core.LegalBasis", "fi.rekisteri.core.Transfers$MayOccur",
                "fi.rekisteri.core.Retention$Until", "fi.rekisteri.core.Source$External",
                "fi.rekisteri.core.CookieLifetime", "fi.rekisteri.core.ContactPoint")) {
            assertTrue(types.contains(expected), expected + " is not reached");
        }
    }

    private static List<NullCall> calls() {
        List<NullCall> calls = new ArrayList<>();
        for (Class<?> type : ApiTypes.of(Register.class)) {
            List<Executable> executables = new ArrayList<>();
            executables.addAll(Arrays.asList(type.getConstructors()));
            executables.addAll(Arrays.asList(type.getDeclaredMethods()));
            executables.sort(Comparator.comparing(Executable::toGenericString));
            for (Executable executable : executables) {
                if (!isChecked(type, executable)) {
                    continue;
                }
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (!parameters[i].getType().isPrimitive()
                            && !parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                        calls.add(new NullCall(executable, i));
                    }
                }
            }
        }
        return calls;
    }

    private static boolean isChecked(Class<?> type, Executable executable) {
        if (!Modifier.isPublic(executable.getModifiers()) || executable.isSynthetic()
                || Modifier.isAbstract(executable.getModifiers())) {
            return false;
        }
        if (executable instanceof Method method) {
            if (method.isBridge()
                    || (method.getName().equals("equals") && method.getParameterCount() == 1)
                    || (type.isEnum() && method.getName().equals("valueOf"))) {
                return false;
            }
        }
        return true;
    }

    /** One call of a constructor or method with null in one parameter. */
    private record NullCall(Executable executable, int index) {

        void check() throws Throwable {
            Parameter parameter = executable.getParameters()[index];
            if (!parameter.isNamePresent()) {
                fail("compile register-core with -parameters: the name of " + this + " is not in the class file");
            }
            Object[] arguments = new Object[executable.getParameterCount()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = i == index ? null : Samples.of(executable.getParameters()[i]);
            }
            try {
                if (executable instanceof Constructor<?> constructor) {
                    constructor.newInstance(arguments);
                } else {
                    Method method = (Method) executable;
                    Object receiver = Modifier.isStatic(method.getModifiers())
                            ? null
                            : Samples.of(method.getDeclaringClass());
                    method.invoke(receiver, arguments);
                }
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                if (thrown instanceof NullPointerException npe && names(npe.getMessage(), parameter.getName())) {
                    return;
                }
                throw new AssertionError(this + " threw " + thrown + "; expected a NullPointerException named '"
                        + parameter.getName() + "'", thrown);
            }
            fail(this + " accepted null for '" + parameter.getName() + "'");
        }

        private static boolean names(@Nullable String message, String parameter) {
            return message != null && Pattern.compile(Pattern.quote(parameter) + "(?![A-Za-z0-9]).*", Pattern.DOTALL)
                    .matcher(message).matches();
        }

        @Override
        public String toString() {
            String type = executable.getDeclaringClass().getName().replace("fi.rekisteri.core.", "");
            String name = executable instanceof Constructor<?> ? "new" : executable.getName();
            String parameters = String.join(", ", Arrays.stream(executable.getParameterTypes())
                    .map(Class::getSimpleName).toList());
            return type + "." + name + "(" + parameters + ") with null " + executable.getParameters()[index].getName();
        }
    }
}
