package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.seed.MainostakomoRegister;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Rule#IDENTITY_CODE_IN_TEXT}: a personal identity code in any text is a warning that never quotes it. */
class IdentityCodeInTextTest {

    private static final Register SEED = MainostakomoRegister.create();

    @Test
    void warnsOfACodeInAnyTextInAnyLanguageAndForEveryDocumentType() {
        Register register = SEED.toBuilder()
                .introduction(Topic.RIGHTS, LocalizedText.of(
                        "Pyynnöt käsittelee Matti (131052-308T).",
                        "Begäran behandlas av Matti, personbeteckning 131052\u2010308t.",
                        "Requests are handled by Matti."))
                .build();

        for (DocumentType type : DocumentType.values()) {
            List<Finding> found = Compliance.check(register, type).findings(Rule.IDENTITY_CODE_IN_TEXT);
            assertEquals(List.of("introductions.rights", "introductions.rights"),
                    found.stream().map(Finding::path).toList(), type.code());
            assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING), type.code());
        }
        List<Finding> found = Compliance.check(register, DocumentType.ART_13_NOTICE)
                .findings(Rule.IDENTITY_CODE_IN_TEXT);
        assertEquals("Tekstissä (suomeksi) on henkilötunnus 131052-****. Henkilötunnusta ei saa merkitä"
                + " tarpeettomasti rekisteristä laadittuihin asiakirjoihin: poista se.", found.get(0).message(Language.FI));
        assertTrue(found.get(1).message(Language.EN).startsWith("The text (in Swedish) contains the personal identity"
                + " code 131052-****."), found.get(1).message(Language.EN));
    }

    @Test
    void neverQuotesTheCodeInAMessageOrInTheFinding() {
        Register register = SEED.toBuilder()
                .introduction(Topic.SECURITY, LocalizedText.fi("Pääkäyttäjä: hetu 13.10.52 - 308 T, FI131052308T."))
                .build();

        List<Finding> found = Compliance.check(register, DocumentType.ART_30_RECORD)
                .findings(Rule.IDENTITY_CODE_IN_TEXT);

        assertEquals(2, found.size());
        for (Finding finding : found) {
            for (Language language : Language.values()) {
                String message = finding.message(language);
                assertFalse(message.contains("308"), message);
                assertTrue(message.contains("131052-****") || message.contains("131052****"), message);
            }
            assertFalse(finding.toString().contains("308"), finding.toString());
        }
    }

    @Test
    void isSilentWithoutACodeAndForNumbersThatOnlyLookLikeOne() {
        Register register = SEED.toBuilder()
                .introduction(Topic.RIGHTS, LocalizedText.of(
                        // a wrong check character, an impossible date, a phone number, a business id, a date
                        "Esimerkki 131052-308U, 311152-308T, puh. 040 123 4567, Y-tunnus 2135102-9, 13.10.2052.",
                        "Ring 0401234567.",
                        "Call 09 4567 8901."))
                .build();

        for (DocumentType type : DocumentType.values()) {
            assertEquals(List.of(), Compliance.check(register, type).findings(Rule.IDENTITY_CODE_IN_TEXT),
                    type.code());
        }
        assertEquals(List.of(), Compliance.check(SEED, DocumentType.ART_13_NOTICE)
                .findings(Rule.IDENTITY_CODE_IN_TEXT));
    }
}
