package fi.rekisteri.export.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.TestRegisters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF the library writes is PDF/UA-1 as veraPDF, the PDF Association's reference validator, reads ISO
 * 14289-1: each document type in each language, from the seed register (whose findings fill the box) and from the
 * register that uses every part of the model.
 */
class PdfUaTest {

    @BeforeAll
    static void useTheGreenfieldParser() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> documents() {
        List<Arguments> documents = new ArrayList<>();
        for (DocumentType type : List.of(DocumentType.REKISTERISELOSTE, DocumentType.ART_13_NOTICE,
                DocumentType.ART_30_RECORD)) {
            for (Language language : Language.values()) {
                documents.add(Arguments.of("seed", type, language));
            }
        }
        // The register that fills every field, with its findings box, and the Art. 14 notice.
        documents.add(Arguments.of("maximal", DocumentType.REKISTERISELOSTE, Language.FI));
        documents.add(Arguments.of("maximal", DocumentType.ART_14_NOTICE, Language.SV));
        documents.add(Arguments.of("maximal", DocumentType.ART_30_RECORD, Language.EN));
        // The first layer, with its link to the full notice, in every language.
        for (Language language : Language.values()) {
            documents.add(Arguments.of("first layer", Documents.noticeType(TestRegisters.parties()), language));
        }
        // A full notice whose top links to its first layer: the link prints as text.
        documents.add(Arguments.of("parties", Documents.noticeType(TestRegisters.parties()), Language.FI));
        return documents.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("documents")
    void passesEveryPdfUa1Rule(String name, DocumentType type, Language language) throws Exception {
        Register register = switch (name) {
            case "seed" -> TestRegisters.seed();
            case "parties" -> TestRegisters.parties();
            default -> TestRegisters.maximal();
        };
        DocumentSource source = name.equals("first layer")
                ? DocumentSource.firstLayer(TestRegisters.parties(), language)
                : DocumentSource.of(register, type, language);
        if (name.equals("seed") && type == DocumentType.REKISTERISELOSTE) {
            // The seed's findings fill the box, which is validated with the rest.
            assertTrue(Documents.findingsNotice(source.report(), language).isPresent(), "a findings box");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        DocumentFormat.PDF.write(source, pdf);
        ValidationResult result = validate(pdf.toByteArray());
        Set<String> failed = new TreeSet<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                failed.add("clause " + assertion.getRuleId().getClause() + " test "
                        + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage());
            }
        }
        if (!result.isCompliant() || !failed.isEmpty()) {
            fail("PDF/UA-1 rules failed:\n" + String.join("\n", failed));
        }
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                        PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            return validator.validate(parser);
        } catch (IOException e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }
}
