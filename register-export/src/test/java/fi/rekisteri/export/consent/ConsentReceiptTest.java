package fi.rekisteri.export.consent;

import static fi.rekisteri.export.consent.ConsentRecordsFixture.RAW_ID;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.KEY;
import static fi.rekisteri.export.consent.ConsentRecordsFixture.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.policy.ConsentRecord;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The receipt says what was consented to, when, to whom, under which texts and how to withdraw, in each language. */
class ConsentReceiptTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void theFinnishReceiptSaysWhatWhenToWhomWhichVersionAndHowToWithdraw() {
        ConsentRecord record = ConsentRecordsFixture.given();
        String text = ConsentReceipt.text(record, Language.FI, HELSINKI);
        assertEquals("""
                Kuitti suostumuksesta
                =====================

                Olet antanut suostumuksen alla kuvattuun henkilötietojesi käsittelyyn. Säilytä tämä kuitti.

                Kenelle: Esimerkki Oy (Y-tunnus 2135102-9)
                Mihin suostuit: Uutiskirje: Kuukausittainen uutiskirje sähköpostiin
                Milloin: 1.3.2026 klo 12.15 (UTC+02:00)
                Tietosuojaseloste: Uutiskirjeen tilaajat, versio 2.1
                Suostumustekstin versio: uutiskirje-3
                Tila: Voimassa
                Näin peruutat suostumuksen: Peru tilaus uutiskirjeen lopussa olevasta linkistä
                Suostumustietueen tunniste: %s

                Peruuttaminen ei vaikuta ennen sitä tehdyn käsittelyn lainmukaisuuteen.
                """.formatted(record.id()), text);
    }

    @Test
    void theSwedishAndEnglishReceiptsAreInTheirLanguage() {
        ConsentRecord record = ConsentRecordsFixture.withdrawn();
        String swedish = ConsentReceipt.text(record, Language.SV, HELSINKI);
        for (String line : List.of("Kvitto på samtycke", "Till vem: Esimerkki Oy (FO-nummer 2135102-9)",
                "Vad du samtyckte till: Nyhetsbrev: Månatligt nyhetsbrev per e-post",
                "När: 1.3.2026 kl. 12.15 (UTC+02:00)", "Dataskyddsbeskrivning: Nyhetsbrevets prenumeranter, version 2.1",
                "Status: Återkallat 1.6.2026 kl. 11.00 (UTC+03:00)",
                "Så här återkallar du samtycket: Avsluta prenumerationen via länken i slutet av nyhetsbrevet")) {
            assertTrue(swedish.contains(line + "\n"), line + " in\n" + swedish);
        }
        String english = ConsentReceipt.text(record, Language.EN, HELSINKI);
        for (String line : List.of("Consent receipt", "Given to: Esimerkki Oy (Business ID 2135102-9)",
                "What you consented to: Newsletter: A monthly newsletter by e-mail",
                "When: 1 March 2026, 12:15 (UTC+02:00)", "Privacy notice: Newsletter subscribers, version 2.1",
                "Version of the consent text: uutiskirje-3", "Status: Withdrawn on 1 June 2026, 11:00 (UTC+03:00)",
                "How to withdraw your consent: Unsubscribe through the link at the end of each newsletter")) {
            assertTrue(english.contains(line + "\n"), line + " in\n" + english);
        }
    }

    @Test
    void anExpiredConsentsReceiptSaysWhenItEndedAndThatNoTextVersionWasRecorded() {
        String text = ConsentReceipt.text(ConsentRecordsFixture.expired(), Language.FI, HELSINKI);
        assertTrue(text.contains("Tila: Päättynyt 1.9.2026 klo 13.15 (UTC+03:00)\n"), text);
        assertTrue(text.contains("Suostumustekstin versio: ei kirjattu\n"), text);
    }

    @Test
    void aSupersededConsentsReceiptSaysItWasReplacedAndTheRenewedOneIsInForce() {
        List<ConsentRecord> renewal = ConsentRecordsFixture.renewal();
        String replaced = ConsentReceipt.text(renewal.get(0), Language.EN, HELSINKI);
        String renewed = ConsentReceipt.text(renewal.get(1), Language.EN, HELSINKI);
        assertTrue(replaced.contains("Status: Replaced on 15 August 2026, 12:00 (UTC+03:00) by the consent you gave"
                + " again (consent record " + renewal.get(1).id() + ")\n"), replaced);
        assertTrue(ConsentReceipt.text(renewal.get(0), Language.FI, HELSINKI).contains("Tila: Korvattu 15.8.2026 klo"
                + " 12.00 (UTC+03:00) uudelleen antamallasi suostumuksella (suostumustietue " + renewal.get(1).id()
                + ")\n"));
        assertTrue(ConsentReceipt.text(renewal.get(0), Language.SV, HELSINKI).contains("Status: Ersatt 15.8.2026 kl."
                + " 12.00 (UTC+03:00) av samtycket du gav på nytt (samtyckespost " + renewal.get(1).id() + ")\n"));
        assertTrue(renewed.contains("Status: In force\n"), renewed);
        assertTrue(renewed.contains("Version of the consent text: uutiskirje-4\n"), renewed);
    }

    @Test
    void theHtmlReceiptIsAPageInItsLanguageWithEachFactInADescriptionList() {
        ConsentRecord record = ConsentRecordsFixture.withdrawn();
        for (Language language : Language.values()) {
            Document page = Jsoup.parse(ConsentReceipt.html(record, language, HELSINKI));
            assertEquals(language.tag(), page.selectFirst("html").attr("lang"));
            String text = ConsentReceipt.text(record, language, HELSINKI);
            assertEquals(text.lines().findFirst().orElseThrow(), page.title());
            assertEquals(page.title(), page.selectFirst("h1").text());
            assertEquals(8, page.select("dl > dt").size());
            for (int i = 0; i < 8; i++) {
                String line = page.select("dt").get(i).text() + ": " + page.select("dd").get(i).text();
                assertTrue(text.contains(line + "\n"), line + " is a line of the text receipt");
            }
        }
    }

    @Test
    void aValueTheRegisterHasOnlyInAnotherLanguageIsMarkedWithIt() {
        ConsentRecord record = ConsentRecordsFixture.records().validFor(java.time.Period.ofYears(1)).record(SUBJECT,
                new fi.rekisteri.core.policy.SubjectConsent("newsletter", ConsentRecordsFixture.GIVEN,
                        java.util.Optional.empty()), ConsentRecordsFixture.NOW);
        ConsentRecord finnishController = new ConsentRecord(record.id(), record.register(), record.registerName(),
                record.subject(), record.pseudonymKey(), fi.rekisteri.core.LocalizedText.fi("Esimerkki Oy"),
                record.controllerId(), record.noticeVersion(), record.textVersion(), record.purpose(),
                record.withdrawal(), record.languages(), record.events(), record.replaces(), record.replacedBy());
        Document page = Jsoup.parse(ConsentReceipt.html(finnishController, Language.EN, HELSINKI));
        assertEquals("fi", page.select("dd").get(0).attr("lang"));
        assertEquals("", page.select("dd").get(1).attr("lang"));
    }

    @Test
    void noReceiptHoldsTheSubjectsOwnIdOrPseudonym() {
        for (Language language : Language.values()) {
            for (ConsentRecord record : List.of(ConsentRecordsFixture.given(), ConsentRecordsFixture.withdrawn())) {
                String both = ConsentReceipt.text(record, language, HELSINKI)
                        + ConsentReceipt.html(record, language, HELSINKI);
                assertFalse(both.contains(RAW_ID));
                assertFalse(both.contains(KEY.pseudonym(SUBJECT)));
            }
        }
    }
}
