package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.law.TransferCountries;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureAndTransferTest {

    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());

    @Test
    void disclosureIsAllowedForADeclaredCategoryRecipientAndPurpose() {
        assertSame(Decision.allowed(),
                policy.checkDisclosure("accounting", "billing.invoices", "tax-administration"));
    }

    @Test
    void disclosureOfACategoryTheRecipientDoesNotGetIsDenied() {
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.checkDisclosure("accounting", "billing", "tax-administration"));
        assertEquals(DenialReason.NOT_DISCLOSED, denied.code());
        assertEquals("the disclosure to 'tax-administration' does not include 'billing'", denied.reason());
        assertEquals("tax-administration", denied.recipient().orElseThrow());
    }

    @Test
    void disclosureForAPurposeItDoesNotServeIsDenied() {
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.checkDisclosure("billing", "billing.invoices", "tax-administration"));
        assertEquals(DenialReason.PURPOSE_NOT_SERVED, denied.code());
        // A disclosure that names no purposes serves none: default-deny.
        assertEquals(DenialReason.PURPOSE_NOT_SERVED, ((Decision.Denied) policy.checkDisclosure(
                "direct-marketing", "contact.email", "mailing-house")).code());
    }

    @Test
    void disclosureOfDataThePurposeMayNotUseIsDenied() {
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.checkDisclosure("newsletter", "billing.invoices", "tax-administration"));
        assertEquals(DenialReason.NOT_COVERED, denied.code());
    }

    @Test
    void disclosureToAnUndeclaredRecipientIsDenied() {
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class,
                policy.checkDisclosure("accounting", "billing.invoices", "data-broker"));
        assertEquals(DenialReason.UNKNOWN_RECIPIENT, denied.code());
        assertEquals("register 'customers' declares no disclosure to 'data-broker'", denied.reason());
    }

    @Test
    void transferInsideTheEeaNeedsNoSafeguard() {
        assertEquals(new TransferDecision.WithinEea("SE"), policy.checkTransfer("billing", "SE"));
    }

    @Test
    void transferOnAPartialAdequacyDecisionCarriesItsCondition() {
        TransferDecision.Permitted permitted =
                assertInstanceOf(TransferDecision.Permitted.class, policy.checkTransfer("contact.email", "US"));
        assertEquals(Safeguard.ADEQUACY_DECISION, permitted.safeguard());
        assertTrue(permitted.isConditional());
        assertEquals("organisations certified under the EU-US Data Privacy Framework", permitted.condition().get());
        assertEquals("transfer to 'US' on adequacy-decision (GDPR Art. 45(3)), only to organisations certified"
                + " under the EU-US Data Privacy Framework", permitted.reason());
    }

    @Test
    void transferOnStandardClausesIsPermittedForTheItemisedCategoriesOnly() {
        assertEquals(new TransferDecision.Permitted("IN", Safeguard.STANDARD_CONTRACTUAL_CLAUSES, Optional.empty()),
                policy.checkTransfer("billing.invoices", "IN"));
        TransferDecision.Refused refused =
                assertInstanceOf(TransferDecision.Refused.class, policy.checkTransfer("contact", "IN"));
        assertEquals("register 'customers' declares transfers to 'IN' but not of 'contact'", refused.reason());
    }

    @Test
    void transferToAnUndeclaredCountryIsDenied() {
        TransferDecision.Refused refused =
                assertInstanceOf(TransferDecision.Refused.class, policy.checkTransfer("contact", "RU"));
        assertFalse(refused.isAllowed());
        assertEquals("register 'customers' declares no transfer to 'RU', which is outside the EU/EEA (lists as of"
                + " 2025-01-01)", refused.reason());
    }

    @Test
    void transferClaimingAnAdequacyDecisionThatDoesNotExistIsDenied() {
        TransferDecision.Refused refused =
                assertInstanceOf(TransferDecision.Refused.class, policy.checkTransfer("contact", "CN"));
        assertTrue(refused.reason().contains("on an adequacy decision, but 'CN' has none"), refused.reason());
    }

    @Test
    void transferDeclaredWithoutASafeguardIsDenied() {
        TransferDecision.Refused refused =
                assertInstanceOf(TransferDecision.Refused.class, policy.checkTransfer("contact", "BR"));
        assertTrue(refused.reason().contains("without a safeguard"), refused.reason());
    }

    @Test
    void invalidCountryCodeAndUnknownCategoryAreDenied() {
        assertFalse(policy.checkTransfer("contact", "usa").isAllowed());
        assertFalse(policy.checkTransfer("contact", "").isAllowed());
        assertEquals("data category 'health' is not declared in register 'customers'",
                policy.checkTransfer("health", "SE").reason());
    }

    @Test
    void transferIsJudgedByTheCountryListsThePolicyWasCompiledWith() {
        TransferCountries withoutUs = TransferCountries.of(LocalDate.of(2030, 1, 1), Set.of("FI", "SE"), Map.of());
        PurposePolicy later = PurposePolicy.compile(TestRegisters.customers(), withoutUs);
        assertFalse(later.checkTransfer("contact", "US").isAllowed());
        assertEquals(withoutUs, later.transferCountries());
    }
}
