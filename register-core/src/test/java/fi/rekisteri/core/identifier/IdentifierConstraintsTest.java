package fi.rekisteri.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Runs Hibernate Validator, the provider on the test class path, over small beans.
class IdentifierConstraintsTest {

    private static final String VALID_BUSINESS_ID = "2135102-9";
    private static final String VALID_CODE = "131052-308T";
    private static final String TEMPORARY_CODE = "131052-900W";

    private static final Map<Locale, ValidatorFactory> FACTORIES = new HashMap<>();

    static final class Registration {
        @ValidBusinessId
        @Nullable String businessId;

        @ValidPersonalIdentityCode
        @Nullable CharSequence personalIdentityCode;

        @ValidPersonalIdentityCode(allowTemporary = false)
        @Nullable String permanentCode;

        @ValidPersonalIdentityCode(allowTemporary = false, message = "own message")
        @Nullable String permanentCodeWithOwnMessage;

        List<@ValidBusinessId String> partners = List.of();
    }

    static final class Service {
        void register(@ValidPersonalIdentityCode String code) {
            Objects.requireNonNull(code);
        }
    }

    @BeforeAll
    static void buildValidatorFactories() {
        for (Locale locale : List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            Configuration<?> configuration = Validation.byDefaultProvider().configure();
            MessageInterpolator defaults = configuration.getDefaultMessageInterpolator();
            FACTORIES.put(locale, configuration.messageInterpolator(new FixedLocale(defaults, locale))
                    .buildValidatorFactory());
        }
    }

    @AfterAll
    static void closeValidatorFactories() {
        FACTORIES.values().forEach(ValidatorFactory::close);
    }

    @Test
    void acceptsValidIdentifiersAndNulls() {
        Registration registration = new Registration();
        assertEquals(Set.of(), messages(Locale.ENGLISH, registration));
        registration.businessId = VALID_BUSINESS_ID;
        registration.personalIdentityCode = new StringBuilder(VALID_CODE);
        registration.permanentCode = VALID_CODE;
        registration.partners = List.of("0357502-9", VALID_BUSINESS_ID);
        assertEquals(Set.of(), messages(Locale.ENGLISH, registration));
    }

    @Test
    void defaultFactoryReportsInvalidIdentifiersWithTheLibrarysMessageKeys() {
        Registration registration = new Registration();
        registration.businessId = "2135102-8";
        registration.personalIdentityCode = "131052-308U";
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<String> templates = factory.getValidator().validate(registration).stream()
                    .map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
            assertEquals(Set.of("{fi.rekisteri.core.identifier.ValidBusinessId.message}",
                    "{fi.rekisteri.core.identifier.ValidPersonalIdentityCode.message}"), templates);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fi | on oltava kelvollinen Y-tunnus",
            "sv | måste vara ett giltigt FO-nummer",
            "en | must be a valid Finnish business ID (Y-tunnus)"})
    void reportsInvalidBusinessIdInTheUsersLanguage(String language, String expected) {
        Registration registration = new Registration();
        registration.businessId = "2135102-8";
        assertEquals(Set.of("businessId: " + expected), messages(Locale.forLanguageTag(language), registration));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fi | on oltava kelvollinen henkilötunnus",
            "sv | måste vara en giltig personbeteckning",
            "en | must be a valid Finnish personal identity code"})
    void reportsInvalidPersonalIdentityCodeInTheUsersLanguage(String language, String expected) {
        Registration registration = new Registration();
        registration.personalIdentityCode = "290200-234V";
        assertEquals(Set.of("personalIdentityCode: " + expected),
                messages(Locale.forLanguageTag(language), registration));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fi | on oltava pysyvä henkilötunnus, ei väliaikainen",
            "sv | måste vara en permanent personbeteckning, inte en tillfällig",
            "en | must be a permanent personal identity code, not a temporary one"})
    void rejectsTemporaryCodeWhereNotAllowedWithAMessageOfItsOwn(String language, String expected) {
        Registration registration = new Registration();
        registration.personalIdentityCode = TEMPORARY_CODE;
        registration.permanentCode = TEMPORARY_CODE;
        assertEquals(Set.of("permanentCode: " + expected), messages(Locale.forLanguageTag(language), registration));
    }

    @Test
    void reportsAnInvalidCodeAsInvalidEvenWhereTemporaryCodesAreNotAllowed() {
        Registration registration = new Registration();
        registration.permanentCode = "131052-900V";
        assertEquals(Set.of("permanentCode: must be a valid Finnish personal identity code"),
                messages(Locale.ENGLISH, registration));
    }

    @Test
    void keepsTheConstraintsOwnMessageForARejectedTemporaryCode() {
        Registration registration = new Registration();
        registration.permanentCodeWithOwnMessage = TEMPORARY_CODE;
        assertEquals(Set.of("permanentCodeWithOwnMessage: own message"), messages(Locale.ENGLISH, registration));
    }

    @Test
    void validatesContainerElements() {
        Registration registration = new Registration();
        registration.partners = List.of(VALID_BUSINESS_ID, "2135102 9");
        Set<ConstraintViolation<Registration>> violations =
                FACTORIES.get(Locale.ENGLISH).getValidator().validate(registration);
        assertEquals(1, violations.size());
        assertEquals("partners[1].<list element>", violations.iterator().next().getPropertyPath().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052-9993"})
    void acceptsValidMethodParameter(String code) throws NoSuchMethodException {
        assertEquals(0, parameterViolations(code).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308U", "131052-308t", " 131052-308T"})
    void rejectsInvalidMethodParameter(String code) throws NoSuchMethodException {
        assertEquals(1, parameterViolations(code).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void everyLanguageBundleHasExactlyTheKeysOfTheDefaultBundle(String language) throws IOException {
        Properties defaults = load("ContributorValidationMessages.properties");
        Properties localised = load("ContributorValidationMessages_" + language + ".properties");
        assertEquals(defaults.keySet(), localised.keySet());
        assertEquals(Set.of("fi.rekisteri.core.identifier.ValidBusinessId.message",
                "fi.rekisteri.core.identifier.ValidPersonalIdentityCode.message",
                "fi.rekisteri.core.identifier.ValidPersonalIdentityCode.temporary.message"), defaults.keySet());
        for (Object value : localised.values()) {
            assertTrue(value.toString().indexOf('\uFFFD') < 0, () -> "not UTF-8: " + value);
        }
    }

    private static Set<ConstraintViolation<Service>> parameterViolations(String code) throws NoSuchMethodException {
        Method register = Service.class.getDeclaredMethod("register", String.class);
        return FACTORIES.get(Locale.ENGLISH).getValidator().forExecutables()
                .validateParameters(new Service(), register, new Object[] {code});
    }

    private static Set<String> messages(Locale locale, Object bean) {
        Validator validator = FACTORIES.get(locale).getValidator();
        return validator.validate(bean).stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .collect(Collectors.toSet());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdentifierConstraintsTest.class.getResourceAsStream("/" + resource)) {
            Objects.requireNonNull(in, resource);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    // Interpolates every message in one locale, whatever the JVM's default locale is.
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
