package fi.rekisteri.export.api;

import static fi.rekisteri.core.api.PrintDecisions.Printing.NOT_A_VALUE;
import static fi.rekisteri.core.api.PrintDecisions.Printing.NO_PERSONAL_DATA;
import static fi.rekisteri.core.api.PrintDecisions.Printing.PERSONAL;
import static fi.rekisteri.core.api.PrintDecisions.assertHides;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.api.PrintDecisions;
import fi.rekisteri.core.policy.AccessReport;
import fi.rekisteri.core.policy.HeldValue;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.core.seed.MainostakomoRegister;
import fi.rekisteri.export.FormatError;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormatException;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RegisterWriter;
import fi.rekisteri.export.RulesReader;
import fi.rekisteri.export.consent.ConsentJsonLd;
import fi.rekisteri.export.consent.ConsentReceipt;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.DocumentSource;
import fi.rekisteri.export.document.DocumentTooLargeException;
import fi.rekisteri.export.document.Documents;
import fi.rekisteri.export.document.Outline;
import fi.rekisteri.export.document.Section;
import fi.rekisteri.export.document.SubjectReports;
import fi.rekisteri.export.document.TemplateException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * register-export's public types, each with what its {@code toString()} may print (see
 * {@link PrintDecisions}): a document's outline may hold a data subject's data (an access report's), so it and its
 * blocks print sizes, never texts.
 */
class ExportToStringTest {

    private static final String VALUE = "matti.meikalainen@example.fi";

    static final Map<Class<?>, PrintDecisions.Printing> DECISIONS = Map.ofEntries(
            // Messages about the register file: its name, line, path and what is wrong, never a personal value.
            Map.entry(FormatError.class, NO_PERSONAL_DATA),
            Map.entry(ReadLimits.class, NO_PERSONAL_DATA),
            Map.entry(RegisterFormatException.class, NOT_A_VALUE),
            Map.entry(RegisterReader.class, NOT_A_VALUE),
            Map.entry(RegisterWriter.class, NOT_A_VALUE),
            Map.entry(RulesReader.class, NOT_A_VALUE),
            Map.entry(ConsentJsonLd.class, NOT_A_VALUE),
            Map.entry(ConsentReceipt.class, NOT_A_VALUE),
            // An outline of an access report is the subject's data.
            Map.entry(Block.BulletList.class, PERSONAL),
            Map.entry(Block.Field.class, PERSONAL),
            Map.entry(Block.Fields.class, PERSONAL),
            Map.entry(Block.Item.class, PERSONAL),
            Map.entry(Block.Notice.class, PERSONAL),
            Map.entry(Block.Paragraph.class, PERSONAL),
            Map.entry(Outline.class, PERSONAL),
            Map.entry(Section.class, PERSONAL),
            // Names the registers' keys, the type and the language only.
            Map.entry(DocumentSource.class, NO_PERSONAL_DATA),
            Map.entry(DocumentTooLargeException.class, NOT_A_VALUE),
            Map.entry(Documents.class, NOT_A_VALUE),
            Map.entry(SubjectReports.class, NOT_A_VALUE),
            Map.entry(TemplateException.class, NOT_A_VALUE));

    @Test
    void everyPublicTypeHasADecision() {
        PrintDecisions.assertEveryTypeDecided(RegisterReader.class, DECISIONS);
    }

    @Test
    void anAccessReportsOutlineAndItsBlocksPrintNoValue() {
        Register register = MainostakomoRegister.create();
        SubjectId subject = SubjectId.of("customer-4711");
        String category = register.dataCategories().get(0).key();
        AccessReport report = new AccessReport(register, subject, Instant.parse("2026-02-01T10:00:00Z"),
                List.of(new HeldValue(category, "Customer", "email", VALUE)), SubjectState.of(subject), List.of(),
                List.of(), List.of());
        Outline outline = SubjectReports.accessOutline(report, Language.FI);
        assertHides(outline, VALUE, "customer-4711");
        Block.Item item = new Block.Item(VALUE, Language.FI, List.of(new Block.Item(VALUE, Language.FI, List.of())));
        Block.Field field = new Block.Field("Sähköposti", VALUE);
        Map<Class<?>, Object> samples = Map.of(
                Outline.class, outline,
                Section.class, new Section("1", "Tiedot", List.of(new Block.Paragraph(VALUE, Language.FI))),
                Block.Paragraph.class, new Block.Paragraph(VALUE, Language.FI),
                Block.Item.class, item,
                Block.BulletList.class, new Block.BulletList(List.of(item)),
                Block.Notice.class, new Block.Notice("Huomio", List.of(item)),
                Block.Field.class, field,
                Block.Fields.class, new Block.Fields(List.of(field)));
        assertEquals(PrintDecisions.decided(DECISIONS, PERSONAL),
                samples.keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList());
        samples.values().forEach(value -> assertHides(value, VALUE));
        // The outline's own words are the document's, and it says what it is.
        assertEquals("Outline[" + outline.type().code() + ", fi, " + outline.sections().size() + " sections]",
                outline.toString());
    }
}
