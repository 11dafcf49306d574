package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PurposePolicyTest {

    private final PurposePolicy policy = PurposePolicy.compile(TestRegisters.customers());

    @Test
    void purposeAllowedAParentCategoryMayUseItsDescendants() {
        PurposeHandle marketing = policy.purpose("direct-marketing");
        assertTrue(marketing.mayUse(policy.category("contact")));
        assertTrue(marketing.mayUse(policy.category("contact.email")));
        assertTrue(marketing.mayUse(policy.category("contact.email.work")));
        assertTrue(marketing.mayUse(policy.category("contact.phone")));
    }

    @Test
    void purposeAllowedAChildCategoryMayNotUseItsParentOrSiblings() {
        PurposeHandle newsletter = policy.purpose("newsletter");
        assertTrue(newsletter.mayUse(policy.category("contact.email.work")));
        assertFalse(newsletter.mayUse(policy.category("contact")));
        assertFalse(newsletter.mayUse(policy.category("contact.phone")));
    }

    @Test
    void checksByKeyAgreeWithChecksByHandleForEveryPair() {
        for (PurposeHandle purpose : policy.purposes()) {
            for (CategoryHandle category : policy.categories()) {
                boolean byHandle = purpose.mayUse(category);
                assertEquals(byHandle, policy.check(purpose.key(), category.key()).isAllowed(),
                        purpose + " " + category);
                assertEquals(byHandle, policy.mayUse(purpose.key(), category.key()));
                assertEquals(byHandle, policy.check(purpose, category).isAllowed());
            }
        }
    }

    @Test
    void allowedDecisionIsOneSharedConstant() {
        assertSame(Decision.allowed(), policy.check("billing", "contact.email"));
        assertSame(Decision.allowed(), policy.check(policy.purpose("billing"), policy.category("identity.name")));
    }

    @Test
    void deniedDecisionNamesPurposeAndCategoryInItsReason() {
        Decision decision = policy.check("direct-marketing", "identity.personal-identity-code");
        Decision.Denied denied = assertInstanceOf(Decision.Denied.class, decision);
        assertEquals(DenialReason.NOT_COVERED, denied.code());
        assertEquals("purpose 'direct-marketing' does not cover 'identity.personal-identity-code'", denied.reason());
        assertEquals("direct-marketing", denied.purpose());
        assertEquals("identity.personal-identity-code", denied.category().orElseThrow());
    }

    @Test
    void repeatedDenialReusesTheSameDecision() {
        assertSame(policy.check("newsletter", "contact.phone"), policy.check("newsletter", "contact.phone"));
    }

    @Test
    void unknownPurposeOrCategoryIsDeniedByKey() {
        Decision.Denied purpose = assertInstanceOf(Decision.Denied.class, policy.check("profiling", "contact"));
        assertEquals(DenialReason.UNKNOWN_PURPOSE, purpose.code());
        assertEquals("purpose 'profiling' is not declared in register 'customers'", purpose.reason());

        Decision.Denied category = assertInstanceOf(Decision.Denied.class, policy.check("billing", "health"));
        assertEquals(DenialReason.UNKNOWN_CATEGORY, category.code());
        assertFalse(policy.mayUse("billing", "health"));
        assertFalse(policy.mayUse("profiling", "contact"));
    }

    @Test
    void unknownKeyIsRejectedAtHandleLookupNamingKeyAndRegister() {
        UnknownKeyException e = assertThrows(UnknownKeyException.class, () -> policy.purpose("profiling"));
        assertEquals("profiling", e.key());
        assertEquals("purpose", e.kind());
        assertEquals("purpose 'profiling' is not declared in register 'customers'; declared: billing,"
                + " direct-marketing, newsletter, accounting", e.getMessage());
        assertThrows(UnknownKeyException.class, () -> policy.category("contact.fax"));
        assertThrows(UnknownKeyException.class, () -> policy.subjectCategory("employee"));
        assertTrue(policy.findPurpose("profiling").isEmpty());
        assertTrue(policy.findCategory("contact.fax").isEmpty());
    }

    @Test
    void handleFromAnotherPolicyIsRejected() {
        PurposePolicy other = PurposePolicy.compile(TestRegisters.customers());
        PurposeHandle billing = policy.purpose("billing");
        CategoryHandle foreignEmail = other.category("contact.email");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> billing.mayUse(foreignEmail));
        assertTrue(e.getMessage().contains("CategoryHandle[contact.email#4] was issued by another policy"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> policy.check(other.purpose("billing"),
                policy.category("contact.email")));
        assertThrows(IllegalArgumentException.class,
                () -> billing.concerns(other.subjectCategory("customer")));
    }

    @Test
    void purposeConcernsOnlyTheSubjectCategoriesItNamesOrAllWhenItNamesNone() {
        SubjectCategoryHandle customer = policy.subjectCategory("customer");
        SubjectCategoryHandle contactPerson = policy.subjectCategory("contact-person");
        assertTrue(policy.purpose("billing").concerns(customer));
        assertFalse(policy.purpose("billing").concerns(contactPerson));
        assertTrue(policy.purpose("newsletter").concerns(contactPerson));
    }

    @Test
    void requireThrowsNamingPurposeCategoryAndReason() {
        PurposeViolationException e = assertThrows(PurposeViolationException.class,
                () -> policy.require("direct-marketing", "billing.invoices"));
        assertEquals("direct-marketing", e.purpose());
        assertEquals("billing.invoices", e.category());
        assertEquals(DenialReason.NOT_COVERED, e.code());
        assertEquals("processing 'billing.invoices' for purpose 'direct-marketing' is not allowed: purpose"
                + " 'direct-marketing' does not cover 'billing.invoices'", e.getMessage());
        policy.require("billing", "billing.invoices");
        policy.require(policy.purpose("billing"), policy.category("billing.invoices"));
    }

    @Test
    void handlesAreNumberedInRegisterOrder() {
        assertEquals(0, policy.purpose("billing").index());
        assertEquals(3, policy.purpose("accounting").index());
        assertEquals(0, policy.category("identity").index());
        assertEquals("contact.email", policy.categories().get(4).key());
        assertEquals(10, policy.categories().size());
    }

    @Test
    void deniedDecisionsAreEqualByWhatTheySay() {
        PurposePolicy other = PurposePolicy.compile(TestRegisters.customers());
        Decision mine = policy.check("newsletter", "contact.phone");
        Decision theirs = other.check("newsletter", "contact.phone");
        assertEquals(mine, theirs);
        assertEquals(mine.hashCode(), theirs.hashCode());
        assertFalse(mine.equals(policy.check("newsletter", "marketing")));
        assertEquals("Denied[not-covered: purpose 'newsletter' does not cover 'contact.phone']", mine.toString());
    }

    @Test
    void unknownKeysAreDeniedAlsoWithASubjectState() {
        SubjectState state = SubjectState.of(SubjectId.of("customer-1"));
        assertEquals(DenialReason.UNKNOWN_PURPOSE,
                ((Decision.Denied) policy.check(state, "profiling", "contact")).code());
        assertEquals(DenialReason.UNKNOWN_CATEGORY,
                ((Decision.Denied) policy.check(state, "billing", "health")).code());
        assertThrows(PurposeViolationException.class, () -> policy.require(state, "billing", "health"));
    }
}
