package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private static Register.Builder register() {
        return Register.builder("r", LocalizedText.fi("R"), Organisation.of("Oy", ContactDetails.none()));
    }

    @Test
    void anAcknowledgedInfoLeavesTheOpenFindingsWithItsAcknowledgement() {
        Acknowledgement ack = Acknowledgement.of("dpo.missing", "dataProtectionOfficer", "Art. 37 does not apply",
                "privacy team", DAY);
        ComplianceReport without = Compliance.check(register().build(), DocumentType.ART_13_NOTICE);
        ComplianceReport with = Compliance.check(register().acknowledgement(ack).build(), DocumentType.ART_13_NOTICE);

        assertEquals(1, without.findings(Rule.DPO_MISSING).size());
        assertTrue(with.findings(Rule.DPO_MISSING).isEmpty());
        assertEquals(List.of(new AcknowledgedFinding(without.findings(Rule.DPO_MISSING).get(0), ack)),
                with.acknowledged());
        assertEquals(without.findings().size() - 1, with.findings().size());
        assertTrue(with.findings(Rule.ACKNOWLEDGEMENT_STALE).isEmpty());
    }

    @Test
    void anAcknowledgementOfAnErrorDoesNotSettleItAndIsReported() {
        Acknowledgement ack = Acknowledgement.of("controller.contact", "controller.contact", "later", "team", DAY);
        ComplianceReport report = Compliance.check(register().acknowledgement(ack).build(),
                DocumentType.ART_13_NOTICE);

        assertEquals(1, report.findings(Rule.CONTROLLER_CONTACT).size());
        assertTrue(report.hasErrors());
        assertTrue(report.acknowledged().isEmpty());
        List<Finding> reported = report.findings(Rule.ACKNOWLEDGEMENT_ERROR);
        assertEquals(1, reported.size());
        assertEquals("acknowledgements[0]", reported.get(0).path());
        assertTrue(reported.get(0).message(Language.EN).contains("controller.contact"), reported.toString());
    }

    @Test
    void anAcknowledgementWhoseFindingNoLongerOccursIsStale() {
        Acknowledgement gone = Acknowledgement.of("dpo.missing", "dataProtectionOfficer", "none", "team", DAY);
        Register register = register()
                .dataProtectionOfficer(ContactPoint.of("DPO", ContactDetails.none().withEmail("dpo@example.fi")))
                .acknowledgement(gone)
                .acknowledgement(Acknowledgement.of("no.such-rule", "typo", "team", DAY))
                .build();
        ComplianceReport report = Compliance.check(register, DocumentType.ART_13_NOTICE);

        assertEquals(List.of("acknowledgements[0]", "acknowledgements[1]"),
                report.findings(Rule.ACKNOWLEDGEMENT_STALE).stream().map(Finding::path).toList());
        assertEquals(Severity.WARNING, report.findings(Rule.ACKNOWLEDGEMENT_STALE).get(0).severity());
        // dpo.missing does not apply to the classic statement: the acknowledgement is not used, nor stale there.
        ComplianceReport classic = Compliance.check(register, DocumentType.REKISTERISELOSTE);
        assertEquals(List.of("acknowledgements[1]"),
                classic.findings(Rule.ACKNOWLEDGEMENT_STALE).stream().map(Finding::path).toList());
    }

    @Test
    void statingThatThereIsNoDpoSettlesDpoMissing() {
        Register none = register().noDataProtectionOfficer("Art. 37(1) does not apply: small-scale processing")
                .build();
        assertTrue(Compliance.check(none, DocumentType.ART_13_NOTICE).findings(Rule.DPO_MISSING).isEmpty());
        assertTrue(Compliance.check(none, DocumentType.ART_13_NOTICE).findings(Rule.DPO_CONTACT).isEmpty());
        assertEquals(none, none.toBuilder().build());
        Register named = none.toBuilder()
                .dataProtectionOfficer(ContactPoint.of("DPO", ContactDetails.none().withEmail("dpo@example.fi"))).build();
        assertFalse(named.noDataProtectionOfficerReason().isPresent());
        assertTrue(named.toBuilder().clearDataProtectionOfficer().build().noDataProtectionOfficerReason().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> register().noDataProtectionOfficer(" "));
    }

    @Test
    void theBuilderReplacesAndRemovesAcknowledgements() {
        Acknowledgement a = Acknowledgement.of("dpo.missing", "dataProtectionOfficer", "none", "team", DAY);
        Acknowledgement b = Acknowledgement.of("source.missing", "sources", "none", "team", DAY);
        Register register = register().acknowledgement(a).build();
        assertEquals(List.of(a), register.acknowledgements());
        assertEquals(List.of(b), register.toBuilder().replaceAcknowledgements(List.of(b)).build().acknowledgements());
        assertTrue(register.toBuilder().removeAcknowledgementsIf(x -> x.ruleId().equals("dpo.missing")).build()
                .acknowledgements().isEmpty());
        assertFalse(a.toString().contains("team"), a.toString());
        assertThrows(IllegalArgumentException.class, () -> Acknowledgement.of("dpo.missing", " ", "team", DAY));
    }
}
