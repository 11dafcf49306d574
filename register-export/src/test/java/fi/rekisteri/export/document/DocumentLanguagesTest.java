package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.internal.document.Messages;
import fi.rekisteri.export.TestRegisters;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLanguagesTest {

    @Test
    void everyLanguageBundleHasTheSameKeys() {
        assertEquals(Messages.of(Language.FI).keys(), Messages.of(Language.SV).keys());
        assertEquals(Messages.of(Language.FI).keys(), Messages.of(Language.EN).keys());
    }

    @Test
    void printsTheCustomaryHeadingsInEachLanguage() {
        Register seed = TestRegisters.seed();
        assertEquals(List.of("Personuppgiftsansvarig", "Kontaktperson i ärenden som gäller registret", "Registrets namn",
                        "Ändamålet med behandlingen av personuppgifter", "Registrets datainnehåll",
                        "Regelbundna uppgiftskällor", "Regelbundna utlämnanden av uppgifter",
                        "Överföring av uppgifter till länder utanför EU eller EES", "Principer för skyddet av registret"),
                headings(seed, Language.SV));
        assertEquals(List.of("Controller", "Contact point for matters concerning the register", "Name of the register",
                        "Purpose of processing personal data", "Data content of the register",
                        "Regular sources of data", "Regular disclosures of data",
                        "Transfers of data outside the EU or EEA", "How the register is protected"),
                headings(seed, Language.EN));
    }

    @Test
    void marksRegisterTextsThatFellBackToAnotherLanguage() {
        Outline swedish = Documents.outline(TestRegisters.seed(), DocumentType.REKISTERISELOSTE,
                Language.SV);
        Block.Paragraph statement = (Block.Paragraph) swedish.sections().get(7).blocks().get(0);
        assertEquals("Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.", statement.text());
        assertEquals(Language.FI, statement.language());
    }

    @Test
    void namesTransferCountriesAndSafeguardsInTheDocumentsLanguage() {
        Register register = Register.builder("r", LocalizedText.fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)))
                .build();
        String finnish = Documents.renderToString(
                Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI), DocumentFormat.TEXT);
        assertTrue(finnish.contains("- Yhdysvallat – komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)"), finnish);
        String english = Documents.renderToString(
                Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.EN), DocumentFormat.TEXT);
        assertTrue(english.contains("- United States – standard contractual clauses adopted by the Commission (Article 46(2)(c) GDPR)"), english);
    }

    @Test
    void saysNotStatedForSectionsTheRegisterLeavesEmpty() {
        Register register = Register.builder("r", LocalizedText.fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .build();
        Outline outline = Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI);
        assertEquals(List.of(new Block.Paragraph("Ei ilmoitettu.", Language.FI)), outline.sections().get(7).blocks());
    }

    @Test
    void escapesRegisterTextsInMarkdown() {
        Register register = Register.builder("r", LocalizedText.fi("<script>alert(1)</script> *bold* [x](y)"),
                Organisation.of("# Oy & co", ContactDetails.none())).build();
        String md = Documents.renderToString(
                Documents.outline(register, DocumentType.REKISTERISELOSTE, Language.FI), DocumentFormat.MARKDOWN);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](y)"), md);
        assertTrue(md.contains("\\# Oy \\& co"), md);
    }

    private static List<String> headings(Register register, Language language) {
        return Documents.outline(register, DocumentType.REKISTERISELOSTE, language).sections().stream()
                .map(Section::heading).toList();
    }
}
