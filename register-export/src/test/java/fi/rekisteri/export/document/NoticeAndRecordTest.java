package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeAndRecordTest {

    private static String text(Register register, DocumentType type, Language language) {
        return Documents.renderToString(Documents.outline(register, type, language), DocumentFormat.TEXT);
    }

    private static List<String> headings(Register register, DocumentType type, Language language) {
        return Documents.outline(register, type, language).sections().stream().map(Section::heading).toList();
    }

    @Test
    void givesTheArticle13NoticeItsSectionsInOrder() {
        assertEquals(List.of("Controller and contact details", "Data protection officer",
                        "Purposes and legal bases of processing", "Personal data processed", "Where the data comes from",
                        "Recipients of the data", "Transfers of data outside the EU or EEA", "How long the data is kept",
                        "Cookies and similar technologies", "How the data is protected", "Your rights", "Whether you must provide the data", "Automated decision-making and profiling"),
                headings(TestRegisters.maximal(), DocumentType.ART_13_NOTICE, Language.EN));
    }

    @Test
    void leavesTheProvisionRequirementOutOfTheArticle14Notice() {
        List<String> headings = headings(TestRegisters.maximal(), DocumentType.ART_14_NOTICE, Language.FI);
        assertTrue(headings.contains("Mistä tiedot saadaan"));
        assertFalse(headings.contains("Tietojen antamisen pakollisuus"));
    }

    @Test
    void choosesArticle14WhenNoDataComesFromTheSubject() {
        Register external = Register.builder("r", LocalizedText.fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .source(Source.External.of(LocalizedText.fi("YTJ")))
                .build();
        assertEquals(DocumentType.ART_14_NOTICE, Documents.noticeType(external));
        assertEquals(DocumentType.ART_13_NOTICE, Documents.noticeType(TestRegisters.seed()));
    }

    @Test
    void listsOnlyTheRightsThatTheLegalBasesGive() {
        Register contractOnly = Register.builder("r", LocalizedText.fi("R"),
                        Organisation.of("Oy", ContactDetails.none()))
                .purpose(Purpose.builder("billing", LocalizedText.en("Billing")).legalBasis(LegalBasis.contract())
                        .build())
                .build();
        String notice = text(contractOnly, DocumentType.ART_13_NOTICE, Language.EN);
        assertTrue(notice.contains("Right to data portability (Article 20 GDPR): Billing"), notice);
        assertFalse(notice.contains("Right to object"), notice);
        assertFalse(notice.contains("withdraw consent"), notice);
        assertTrue(notice.contains("the Data Protection Ombudsman (tietosuoja.fi/en)"), notice);

        String all = text(TestRegisters.maximal(), DocumentType.ART_13_NOTICE, Language.FI);
        assertTrue(all.contains("Oikeus vastustaa käsittelyä henkilökohtaiseen erityiseen tilanteeseen liittyvällä perusteella (tietosuoja-asetuksen 21 artiklan 1 kohta): Tehtävä, Tietoturva"), all);
        assertTrue(all.contains("(tietosuoja-asetuksen 21 artiklan 2 ja 3 kohta): Suoramarkkinointi"), all);
        assertTrue(all.contains("(tietosuoja-asetuksen 7 artiklan 3 kohta): Suoramarkkinointi"), all);
    }

    @Test
    void writesLegalBasesRetentionAndTransfersInWords() {
        String notice = text(TestRegisters.maximal(), DocumentType.ART_13_NOTICE, Language.FI);
        assertTrue(notice.contains("- Laskutus – oikeusperuste: sopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)"), notice);
        assertTrue(notice.contains("  - Rekisterinpitäjän oikeutettu etu: Palvelun suojaaminen"), notice);
        assertTrue(notice.contains("- Yhteystiedot: 6 vuotta tilikauden päättyminen"), notice);
        assertTrue(notice.contains("- Henkilötunnus: Niin kauan kuin tarpeen"), notice);
        assertTrue(notice.contains("- Yhdysvallat, Cloud Inc. – komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)"), notice);
        assertTrue(notice.contains("  - Jäljennös suojatoimista on saatavilla: Pyydä tietosuojavastaavalta"), notice);
        String swedish = text(TestRegisters.maximal(), DocumentType.ART_13_NOTICE, Language.SV);
        assertTrue(swedish.contains("Yhteystiedot: 6 år efter tilikauden päättyminen"), swedish);
    }

    @Test
    void givesTheArticle30RecordItsSevenPoints() {
        assertEquals(List.of("Rekisterinpitäjä, edustaja ja tietosuojavastaava", "Käsittelyn tarkoitukset",
                        "Rekisteröityjen ryhmät ja henkilötietoryhmät", "Vastaanottajaryhmät",
                        "Siirrot kolmansiin maihin ja kansainvälisille järjestöille", "Poistamisen määräajat",
                        "Teknisten ja organisatoristen turvatoimien kuvaus"),
                headings(TestRegisters.maximal(), DocumentType.ART_30_RECORD, Language.FI));
        String record = text(TestRegisters.maximal(), DocumentType.ART_30_RECORD, Language.EN);
        assertTrue(record.contains("- Verohallinto (public authority)"), record);
        assertTrue(record.contains("Name: Tietosuojavastaava"), record);
        assertTrue(record.contains("  - Recipient’s country: Finland"), record);
        assertTrue(record.contains("Data protection officer:"), record);
    }
}
