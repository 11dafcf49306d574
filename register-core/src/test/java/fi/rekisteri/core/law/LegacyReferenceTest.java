package fi.rekisteri.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyReferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rekisteriseloste henkilötietolain 10 §:n mukaisesti | PERSONAL_DATA_ACT",
        "Henkilötietolaki (523/1999) | PERSONAL_DATA_ACT",
        "enligt personuppgiftslagen | PERSONAL_DATA_ACT",
        "sähköisen viestinnän tietosuojalain mukaisesti | ELECTRONIC_COMMUNICATIONS_PRIVACY_ACT",
        "Viestintäviraston määräysten mukaisesti | FICORA",
        "tuhotaan DIN 32757 -standardin mukaisesti | DIN_32757",
        "HENKILÖTIETOLAIN MUKAINEN REKISTERISELOSTE | PERSONAL_DATA_ACT",
        "Under the Personal Data Act | PERSONAL_DATA_ACT",
        "SÄHKÖISEN VIESTINNÄN TIETOSUOJALAKI | ELECTRONIC_COMMUNICATIONS_PRIVACY_ACT",
        "Kommunikationsverket har beslutat | FICORA",
        "Ficora | FICORA",
        "din32757 | DIN_32757",
        "\u212Aommunikationsverket (with the Kelvin sign, which folds to k) | FICORA",
    })
    void findsLegacyReferenceInInflectedText(String text, LegacyReference expected) {
        assertEquals(List.of(expected), LegacyReference.findIn(text));
    }

    @Test
    void currentNamesAreNotLegacy() {
        assertEquals(List.of(), LegacyReference.findIn(
                "Liikenne- ja viestintäviraston Traficomin ohjeet; tietosuojalaki 1050/2018; DIN 66399"));
    }

    @Test
    void findsEveryLegacyReferenceOfTheSeedSecurityText() {
        String seed = "Tiedot on suojattu sähköisen viestinnän tietosuojalain ja ilmaisemien periaatteiden sekä "
                + "Viestintäviraston määräysten ja ohjeiden mukaisesti. Manuaalinen aineisto säilytetään aina "
                + "lukituissa tiloissa ja tuhoaan DIN 32757 -standardin mukaiseksi paperisilpuksi";
        assertEquals(List.of(LegacyReference.ELECTRONIC_COMMUNICATIONS_PRIVACY_ACT, LegacyReference.FICORA,
                LegacyReference.DIN_32757), LegacyReference.findIn(seed));
    }
}
