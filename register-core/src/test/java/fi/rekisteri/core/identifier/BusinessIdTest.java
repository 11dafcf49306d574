package fi.rekisteri.core.identifier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.InvalidIdentifierException.Reason;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

// Expected check digits were worked out by hand and with a separate script, not with BusinessId.
class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"2135102-9", "0357502-9", "1234567-1", "0000000-0", "9999999-2", "0112038-9",
            "0737546-2", "1572860-0", "0000001-9", "0000010-7"})
    void parsesValidBusinessIdAndRoundTripsThroughToString(String text) {
        assertTrue(BusinessId.hasForm(text));
        assertEquals(text, BusinessId.parse(text).toString());
        assertTrue(BusinessId.isValid(text));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals(BusinessId.parse("2135102-9"), BusinessId.parse(new StringBuilder("2135102-9")));
    }

    @Test
    void exposesSerialAndCheckDigit() {
        BusinessId id = BusinessId.parse("2135102-9");
        assertEquals(2135102, id.serial());
        assertEquals(9, id.checkDigit());
    }

    @Test
    void keepsTheLeadingZeroOfAnOldSixDigitId() {
        BusinessId id = BusinessId.parse("0357502-9");
        assertEquals(357502, id.serial());
        assertEquals("0357502-9", id.toString());
        assertEquals("0357502-9", BusinessId.ofSerial(357502).toString());
    }

    @Test
    void rejectsOldSixDigitIdWrittenWithoutItsLeadingZero() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> BusinessId.parse("357502-9"));
        assertEquals(Reason.WRONG_LENGTH, e.reason());
        assertEquals(8, e.errorIndex());
    }

    @ParameterizedTest
    @CsvSource({"2135102, 2135102-9", "357502, 0357502-9", "1234567, 1234567-1", "0, 0000000-0",
            "1572860, 1572860-0", "10, 0000010-7", "9999999, 9999999-2"})
    void computesTheCheckDigitForASerial(int serial, String expected) {
        assertEquals(expected, BusinessId.ofSerial(serial).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_000_000, Integer.MIN_VALUE})
    void rejectsSerialOutOfRange(int serial) {
        assertThrowsExactly(IllegalArgumentException.class, () -> BusinessId.ofSerial(serial));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2135102-0", "2135102-1", "2135102-5", "2135102-8", "0357502-6", "1234567-7"})
    void rejectsBusinessIdWithWrongCheckDigit(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> BusinessId.parse(text));
        assertEquals(Reason.WRONG_CHECK_CHARACTER, e.reason());
        assertEquals(8, e.errorIndex());
        assertFalse(BusinessId.isValid(text));
        assertTrue(BusinessId.hasForm(text));
    }

    static Stream<String> serialsWithRemainderOneAndEveryCheckDigit() {
        // 2135107: 14 + 9 + 30 + 25 + 8 + 0 + 14 = 100 = 9 * 11 + 1; 2135115 likewise sums to 100;
        // 0000006: 6 * 2 = 12 = 11 + 1; 0000014: 1 * 4 + 4 * 2 = 12.
        return Stream.of("2135107", "2135115", "0000006", "0000014")
                .flatMap(serial -> IntStream.rangeClosed(0, 9).mapToObj(digit -> serial + "-" + digit));
    }

    @ParameterizedTest
    @MethodSource("serialsWithRemainderOneAndEveryCheckDigit")
    void rejectsBusinessIdWhoseSerialGivesRemainderOneWhateverItsCheckDigit(String text) {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> BusinessId.parse(text));
        assertEquals(Reason.UNISSUABLE_CHECK_DIGIT, e.reason());
        assertEquals(0, e.errorIndex());
        assertFalse(BusinessId.isValid(text));
        assertTrue(BusinessId.hasForm(text));
    }

    @Test
    void refusesToComputeACheckDigitForASerialWithRemainderOne() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> BusinessId.ofSerial(6));
        assertEquals(Reason.UNISSUABLE_CHECK_DIGIT, e.reason());
        assertTrue(e.getMessage().contains("0000006"), e.getMessage());
    }

    static Stream<Arguments> malformedBusinessIds() {
        return Stream.of(
                Arguments.of("", Reason.WRONG_LENGTH, 0),
                Arguments.of("2135102-", Reason.WRONG_LENGTH, 8),
                Arguments.of("21351029", Reason.WRONG_LENGTH, 8),
                Arguments.of("2135102-99", Reason.WRONG_LENGTH, 9),
                Arguments.of(" 2135102-9", Reason.WRONG_LENGTH, 9),
                Arguments.of("2135102-9 ", Reason.WRONG_LENGTH, 9),
                Arguments.of("2135102-9\n", Reason.WRONG_LENGTH, 9),
                Arguments.of("FI21351029", Reason.WRONG_LENGTH, 9),
                Arguments.of("2135102 9", Reason.MISSING_SEPARATOR, 7),
                Arguments.of("2135102\u20139", Reason.MISSING_SEPARATOR, 7),
                Arguments.of("2135102_9", Reason.MISSING_SEPARATOR, 7),
                Arguments.of("213510-29", Reason.NOT_A_DIGIT, 6),
                Arguments.of("a135102-9", Reason.NOT_A_DIGIT, 0),
                Arguments.of(" 135102-9", Reason.NOT_A_DIGIT, 0),
                Arguments.of("\uFF12135102-9", Reason.NOT_A_DIGIT, 0),
                Arguments.of("\u0662135102-9", Reason.NOT_A_DIGIT, 0),
                Arguments.of("2135102-X", Reason.NOT_A_DIGIT, 8),
                Arguments.of("2135102- ", Reason.NOT_A_DIGIT, 8));
    }

    @ParameterizedTest
    @MethodSource("malformedBusinessIds")
    void rejectsMalformedBusinessIdSayingWhichRuleFailedAndWhere(String text, Reason reason, int index) {
        assertFalse(BusinessId.hasForm(text), "a malformed ID has not the form");
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class, () -> BusinessId.parse(text));
        assertAll(
                () -> assertEquals(reason, e.reason()),
                () -> assertEquals(index, e.errorIndex()),
                () -> assertTrue(e.getMessage().startsWith("Invalid business ID"), e.getMessage()),
                () -> assertFalse(BusinessId.isValid(text)));
    }

    @Test
    void quotesTheRejectedBusinessIdInTheMessage() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> BusinessId.parse("2135102-8"));
        assertTrue(e.getMessage().contains("\"2135102-8\""), e.getMessage());
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @Test
    void doesNotQuoteTextOfAnotherLengthSuchAsAPersonalIdentityCode() {
        InvalidIdentifierException e = assertThrows(InvalidIdentifierException.class,
                () -> BusinessId.parse("131052-308T"));
        assertFalse(e.getMessage().contains("131052"), e.getMessage());
        assertFalse(e.getMessage().contains("308T"), e.getMessage());
    }

    @Test
    void escapesControlCharactersAndQuotesWhenQuoting() {
        String message = assertThrows(InvalidIdentifierException.class, () -> BusinessId.parse("2135102\n9"))
                .getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("2135102\\u000A9"), message);
        String quoted = assertThrows(InvalidIdentifierException.class, () -> BusinessId.parse("213510\"-9"))
                .getMessage();
        assertTrue(quoted.contains("\"213510\\u0022-9\""), quoted);
    }

    @Test
    void equalsAnotherParseOfTheSameIdAndNothingElse() {
        BusinessId id = BusinessId.parse("2135102-9");
        assertEquals(id, BusinessId.parse("2135102-9"));
        assertEquals(id.hashCode(), BusinessId.parse("2135102-9").hashCode());
        assertEquals(id, BusinessId.ofSerial(2135102));
        assertNotEquals(id, BusinessId.parse("0357502-9"));
        assertNotEquals(id, (Object) "2135102-9");
    }

    @Test
    void sortsBySerial() {
        TreeSet<BusinessId> sorted = new TreeSet<>(List.of(
                BusinessId.parse("2135102-9"), BusinessId.parse("0000010-7"), BusinessId.parse("0357502-9")));
        assertEquals("[0000010-7, 0357502-9, 2135102-9]", sorted.toString());
    }
}
