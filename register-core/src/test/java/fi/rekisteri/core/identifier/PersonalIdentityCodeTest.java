package fi.rekisteri.core.identifier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

// Expected check characters were worked out by hand and with a separate script, not with PersonalIdentityCode.
// 131052-308T: 131052308 = 31 * 4227493 + 25, and index 25 of 0123456789ABCDEFHJKLMNPRSTUVWXY is T.
class PersonalIdentityCodeTest {

    @ParameterizedTest
    @CsvSource({
            "150395+123K, 1895-03-15",
            "150375-123D, 1975-03-15",
            "150375Y123D, 1975-03-15",
            "150375X123D, 1975-03-15",
            "150375W123D, 1975-03-15",
            "150375V123D, 1975-03-15",
            "150375U123D, 1975-03-15",
            "150315A123X, 2015-03-15",
            "150315B123X, 2015-03-15",
            "150315C123X, 2015-03-15",
            "150315D123X, 2015-03-15",
            "150315E123X, 2015-03-15",
            "150315F123X, 2015-03-15"})
    void readsTheCenturyOfEveryCenturySign(String text, LocalDate birthDate) {
        PersonalIdentityCode code = PersonalIdentityCode.parse(text);
        assertEquals(birthDate, code.birthDate());
        assertEquals(text.charAt(6), code.centurySign());
        assertEquals(text, code.unmasked());
    }

    @Test
    void parsesTheDocumentedExamples() {
        PersonalIdentityCode classic = PersonalIdentityCode.parse("131052-308T");
        assertEquals(LocalDate.of(1952, 10, 13), classic.birthDate());
        assertFalse(classic.isTemporary());
        PersonalIdentityCode newSign = PersonalIdentityCode.parse("010594Y9032");
        assertEquals(LocalDate.of(1994, 5, 1), newSign.birthDate());
        assertEquals('Y', newSign.centurySign());
        // Individual number 903: the example is a temporary code.
        assertTrue(newSign.isTemporary());
    }

    @ParameterizedTest
    @CsvSource({
            "290200A234V, 2000-02-29",
            "290224A2342, 2024-02-29",
            "290224B2342, 2024-02-29",
            "290296-234M, 1996-02-29",
            "290204+234W, 1804-02-29"})
    void acceptsLeapDayOfALeapYear(String text, LocalDate birthDate) {
        assertEquals(birthDate, PersonalIdentityCode.parse(text).birthDate());
    }

    // The check characters are right, so only the date can fail.
    @ParameterizedTest
    @ValueSource(strings = {
            "290200-234V", // 1900: divisible by 100, not by 400
            "290200+234V", // 1800 likewise
            "290223A234T", // 2023
            "310431-234S", // 31 April
            "000000-234J",
            "001052-308D",
            "321052-3082",
            "131352-3087",
            "130052-308R"})
    void rejectsDateThatDoesNotExistInTheCenturyOfItsSign(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> PersonalIdentityCode.parse(text));
        assertEquals(Reason.INVALID_DATE, e.reason());
        assertEquals(0, e.errorIndex());
    }

    @ParameterizedTest
    @CsvSource({"131052-002X, false", "131052-899V, false", "131052-900W, true", "131052-9993, true"})
    void tellsTemporaryCodesByTheirIndividualNumber(String text, boolean temporary) {
        assertEquals(temporary, PersonalIdentityCode.parse(text).isTemporary());
        assertTrue(PersonalIdentityCode.isValid(text));
    }

    @ParameterizedTest
    @CsvSource({"131052-308T, 131052-****", "010594Y9032, 010594Y****", "150395+123K, 150395+****"})
    void masksIndividualNumberAndCheckCharacter(String text, String masked) {
        assertEquals(masked, PersonalIdentityCode.parse(text).masked());
    }

    static Stream<Arguments> invalidCodes() {
        return Stream.of(
                Arguments.of("", Reason.WRONG_LENGTH, 0),
                Arguments.of("131052-308", Reason.WRONG_LENGTH, 10),
                Arguments.of("131052308T", Reason.WRONG_LENGTH, 10),
                Arguments.of(" 131052-308T", Reason.WRONG_LENGTH, 11),
                Arguments.of("131052-308T ", Reason.WRONG_LENGTH, 11),
                Arguments.of("131052-308T\n", Reason.WRONG_LENGTH, 11),
                Arguments.of("13105x-308T", Reason.NOT_A_DIGIT, 5),
                Arguments.of("1310\uFF152-308T", Reason.NOT_A_DIGIT, 4),
                Arguments.of("131052-3o8T", Reason.NOT_A_DIGIT, 8),
                Arguments.of("131052-30 T", Reason.NOT_A_DIGIT, 9),
                Arguments.of("131052 308T", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("131052\u2013308T", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("131052_308T", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("010594y9032", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("150315a123X", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("150315G123X", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("150315Z123X", Reason.UNKNOWN_CENTURY_SIGN, 6),
                Arguments.of("290200-234V", Reason.INVALID_DATE, 0),
                Arguments.of("131052-000V", Reason.INDIVIDUAL_NUMBER_OUT_OF_RANGE, 7),
                Arguments.of("131052-001W", Reason.INDIVIDUAL_NUMBER_OUT_OF_RANGE, 7),
                Arguments.of("131052-308t", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308G", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308I", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308O", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308Q", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308Z", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308 ", Reason.ILLEGAL_CHECK_CHARACTER, 10),
                Arguments.of("131052-308U", Reason.WRONG_CHECK_CHARACTER, 10),
                Arguments.of("131052-3085", Reason.WRONG_CHECK_CHARACTER, 10),
                Arguments.of("131052-309T", Reason.WRONG_CHECK_CHARACTER, 10),
                Arguments.of("010594-9033", Reason.WRONG_CHECK_CHARACTER, 10));
    }

    @ParameterizedTest
    @MethodSource("invalidCodes")
    void rejectsInvalidCodeSayingWhichRuleFailedAndWhere(String text, Reason reason, int index) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> PersonalIdentityCode.parse(text));
        assertAll(
                () -> assertEquals(reason, e.reason()),
                () -> assertEquals(index, e.errorIndex()),
                () -> assertTrue(e.getMessage().startsWith("Invalid personal identity code: "), e.getMessage()),
                () -> assertFalse(PersonalIdentityCode.isValid(text)));
    }

    @ParameterizedTest
    @MethodSource("invalidCodes")
    void neverEchoesTheCodeOrAnyPartOfItInTheMessage(String text, Reason reason, int index) {
        String message = assertThrows(InvalidIdentifierException.class, () -> PersonalIdentityCode.parse(text))
                .toString();
        // Four characters in a row are enough to carry a date (DDMM, MMYY) or the individual number with its
        // check character.
        for (int start = 0; start + 4 <= text.length(); start++) {
            String fragment = text.substring(start, start + 4);
            assertFalse(message.contains(fragment), () -> "\"" + fragment + "\" in: " + message);
        }
        if (text.length() == 11) {
            String individualNumber = text.substring(7, 10);
            assertFalse(message.contains(individualNumber), () -> "\"" + individualNumber + "\" in: " + message);
        }
    }

    @Test
    void invalidCodesCoverEveryRuleOfAPersonalIdentityCode() {
        Set<Reason> covered = invalidCodes().map(arguments -> (Reason) arguments.get()[1])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
        Set<Reason> businessIdOnly = EnumSet.of(Reason.MISSING_SEPARATOR, Reason.UNISSUABLE_CHECK_DIGIT);
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(businessIdOnly)), covered);
    }

    @Test
    void rejectsEveryCheckCharacterButTheRightOne() {
        String alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        for (char check : alphabet.toCharArray()) {
            String text = "131052-308" + check;
            assertEquals(check == 'T', PersonalIdentityCode.isValid(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "010594Y9032", "150395+123K", "290200A234V", "311299-999E",
            "010100A002H"})
    void roundTripsThroughUnmasked(String text) {
        PersonalIdentityCode code = PersonalIdentityCode.parse(text);
        assertEquals(text, code.unmasked());
        assertEquals(code, PersonalIdentityCode.parse(code.unmasked()));
    }

    @ParameterizedTest
    @CsvSource({"131052-308T, 131052-****", "010594Y9032, 010594Y****", "150395+123K, 150395+****"})
    void printsOnlyTheMaskedFormSoThatAnAccidentalLogLineDoesNotLeak(String text, String masked) {
        PersonalIdentityCode code = PersonalIdentityCode.parse(text);
        assertEquals(masked, code.toString());
        assertEquals("subject " + masked, "subject " + code);
        assertEquals("[" + masked + "]", java.util.List.of(code).toString());
        assertFalse(String.valueOf(code).contains(text.substring(7)), "no individual number or check character");
    }

    @Test
    void equalsAnotherParseOfTheSameCode() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
        PersonalIdentityCode again = PersonalIdentityCode.parse(new StringBuilder("131052-308T"));
        assertEquals(code, again);
        assertEquals(code.hashCode(), again.hashCode());
        assertNotEquals(code, PersonalIdentityCode.parse("131052-900W"));
        assertNotEquals(code, (Object) "131052-308T");
    }

    @Test
    void keepsCodesThatDifferOnlyInTheCenturySignOfOneCenturyApart() {
        PersonalIdentityCode hyphen = PersonalIdentityCode.parse("150375-123D");
        PersonalIdentityCode y = PersonalIdentityCode.parse("150375Y123D");
        assertEquals(hyphen.birthDate(), y.birthDate());
        assertNotEquals(hyphen, y);
    }

    @ParameterizedTest
    @CsvSource({
            "1952-10-13, 308, 131052-308T",
            "1895-03-15, 123, 150395+123K",
            "2015-03-15, 123, 150315A123X",
            "2000-02-29, 234, 290200A234V",
            "1952-10-13, 2, 131052-002X",
            "1952-10-13, 999, 131052-9993"})
    void buildsCodeWithTheStandardCenturySign(LocalDate birthDate, int individualNumber, String expected) {
        assertEquals(expected, PersonalIdentityCode.of(birthDate, individualNumber).unmasked());
    }

    @ParameterizedTest
    @CsvSource({"1994-05-01, Y, 903, 010594Y9032", "2015-03-15, F, 123, 150315F123X",
            "1975-03-15, U, 123, 150375U123D"})
    void buildsCodeWithAChosenCenturySign(LocalDate birthDate, char sign, int individualNumber, String expected) {
        assertEquals(expected, PersonalIdentityCode.of(birthDate, sign, individualNumber).unmasked());
    }

    @Test
    void refusesToBuildCodeFromImpossibleParts() {
        LocalDate date = LocalDate.of(1952, 10, 13);
        assertAll(
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(LocalDate.of(1799, 12, 31), 2)),
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(LocalDate.of(2100, 1, 1), 2)),
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(date, 'A', 308)),
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(date, '+', 308)),
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(date, 'y', 308)),
                () -> assertThrowsExactly(IllegalArgumentException.class, () -> PersonalIdentityCode.of(date, 0)),
                () -> assertThrowsExactly(IllegalArgumentException.class, () -> PersonalIdentityCode.of(date, 1)),
                () -> assertThrowsExactly(IllegalArgumentException.class,
                        () -> PersonalIdentityCode.of(date, 1000)));
    }

    @Test
    void doesNotEchoTheDateWhenRefusingToBuildACode() {
        String message = assertThrowsExactly(IllegalArgumentException.class,
                () -> PersonalIdentityCode.of(LocalDate.of(1952, 10, 13), 'A', 308)).getMessage();
        assertFalse(message.contains("1952"), message);
        assertFalse(message.contains("308"), message);
    }
}
