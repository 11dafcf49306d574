package fi.rekisteri.export.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.export.RegisterWriter;
import fi.rekisteri.export.document.Block;
import fi.rekisteri.export.document.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AcknowledgementCliTest {

    @TempDir
    Path dir;

    private static final Acknowledgement DPO = Acknowledgement.of("dpo.missing", "dataProtectionOfficer",
            "Art. 37 does not apply to us", "privacy team", LocalDate.of(2026, 11, 30));

    private static Register register() {
        return Register.builder("r", LocalizedText.fi("Rekisteri"),
                        Organisation.of("Oy", ContactDetails.none().withEmail("info@example.fi")))
                .acknowledgement(DPO)
                .acknowledgement(Acknowledgement.of("transfer.adequacy-scope", "transfers", "kept", "privacy team",
                        LocalDate.of(2026, 11, 30)))
                .build();
    }

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void acknowledgementsAndTheNoDpoStatementReadBackAsWritten(RegisterFormat format) {
        for (Register register : new Register[] {register(),
                register().toBuilder().noDataProtectionOfficer("Small-scale processing").build()}) {
            String text = RegisterWriter.write(register, format);
            assertEquals(register, RegisterReader.create().read(text, "r." + format, format), text);
        }
    }

    @Test
    void checkListsAnAcknowledgedFindingApartWithItsReasonAndReportsAStaleOne() throws IOException {
        Path file = dir.resolve("r.yaml");
        Files.writeString(file, RegisterWriter.write(register(), RegisterFormat.YAML));
        CliRun cli = new CliRun(dir);
        cli.run("check", file.toString(), "--type", "art13", "--lang", "en");
        String out = cli.out();
        assertTrue(out.contains("ACK     dpo.missing at dataProtectionOfficer (INFO): Art. 37 does not apply to us"),
                out);
        assertFalse(out.lines().anyMatch(line -> line.startsWith("INFO    dpo.missing")), out);
        assertTrue(out.contains("WARNING acknowledgement.stale at acknowledgements[1]"), out);
        assertTrue(out.lines().reduce((a, b) -> b).orElseThrow().endsWith(", 1 acknowledged"), out);
    }

    @Test
    void anAcknowledgedFindingLeavesTheDocumentsFindingsBox() {
        Register acknowledged = register().toBuilder().removeAcknowledgementsIf(a -> !a.equals(DPO)).build();
        Register open = acknowledged.toBuilder().replaceAcknowledgements(java.util.List.of()).build();
        Optional<Block.Notice> withAck = Documents.findingsNotice(
                Compliance.check(acknowledged, DocumentType.ART_13_NOTICE), Language.EN);
        Optional<Block.Notice> without = Documents.findingsNotice(
                Compliance.check(open, DocumentType.ART_13_NOTICE), Language.EN);
        assertTrue(texts(without.orElseThrow()).contains("dpo.missing"), texts(without.orElseThrow()));
        assertFalse(withAck.map(AcknowledgementCliTest::texts).orElse("").contains("dpo.missing"),
                withAck.map(AcknowledgementCliTest::texts).orElse(""));
    }

    /** What a notice says: its items' texts (its toString gives their number only). */
    private static String texts(Block.Notice notice) {
        StringBuilder text = new StringBuilder();
        for (Block.Item item : notice.items()) {
            text.append(item.text()).append('\n');
            item.children().forEach(child -> text.append(child.text()).append('\n'));
        }
        return text.toString();
    }
}
