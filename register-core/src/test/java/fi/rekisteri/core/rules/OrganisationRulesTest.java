package fi.rekisteri.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Severity;
import fi.rekisteri.core.rules.KeyMatch.Matching;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationRulesTest {

    private static final LocalizedText MESSAGE = LocalizedText.of("Ei sallittu: {0}", "Inte tillåtet: {0}",
            "Not allowed: {0}");

    /** Health data under {@code health}, a marketing purpose using it, a transfer to the US on SCCs. */
    private static Register register(boolean withDpo) {
        Register.Builder builder = Register.builder("customers", LocalizedText.of("Asiakkaat", "Kunder", "Customers"),
                        Organisation.of("Esimerkki Oy", ContactDetails.none().withEmail("info@example.fi")))
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .subjectCategory(DataSubjectCategory.of("customer.minor", LocalizedText.fi("Alaikäiset")))
                .dataCategory(DataCategory.of("contact", LocalizedText.of("yhteystiedot", "kontakt", "contact")))
                .dataCategory(DataCategory.of("health", LocalizedText.fi("terveys")))
                .dataCategory(DataCategory.of("health.diagnoses", LocalizedText.fi("diagnoosit")))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus")).legalBasis(LegalBasis.contract())
                        .categories("contact").subjects("customer").build())
                .purpose(Purpose.builder("marketing.email", LocalizedText.fi("Markkinointi"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("linkistä")))
                        .categories("contact", "health.diagnoses").subjects("customer.minor").build())
                .transfers(Transfers.of(
                        Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES),
                        Transfer.to("JP", Safeguard.ADEQUACY_DECISION)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(10), LocalizedText.fi("asiakkuus")),
                        "contact"))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(2), LocalizedText.fi("asiakkuus")),
                        "health"));
        if (withDpo) {
            builder.dataProtectionOfficer(ContactPoint.of("DPO", ContactDetails.none().withEmail("dpo@example.fi")));
        }
        return builder.build();
    }

    private static List<String> findings(Check check) {
        return findings(check, register(false));
    }

    private static List<String> findings(Check check, Register register) {
        OrganisationRules rules = OrganisationRules.of(List.of(
                OrganisationRule.of("org-rule", Severity.ERROR, MESSAGE, check)));
        return rules.evaluate(register).stream().map(f -> f.ruleId() + " " + f.path()).toList();
    }

    @Test
    void denyMatchesCategoriesThroughTheHierarchyAndPurposesThroughDottedKeys() {
        Match health = Match.any().dataCategories(KeyMatch.of(Matching.ANY, "health"));
        assertEquals(List.of("org-rule purposes[1]"),
                findings(new Check.Deny(health.purposes(KeyMatch.of(Matching.ANY, "marketing")))));
        assertEquals(List.of(), findings(new Check.Deny(health.purposes(KeyMatch.of(Matching.ANY, "billing")))));
    }

    @Test
    void allAndNoneMatchAsFidesPoliciesDo() {
        assertEquals(List.of("org-rule purposes[1]"), findings(new Check.Deny(
                Match.any().dataCategories(KeyMatch.of(Matching.ALL, "contact", "health")))));
        assertEquals(List.of("org-rule purposes[0]"), findings(new Check.Deny(
                Match.any().dataCategories(KeyMatch.of(Matching.NONE, "health")))));
        assertEquals(List.of("org-rule purposes[1]"), findings(new Check.Deny(
                Match.any().subjects(KeyMatch.of(Matching.ANY, "customer.minor")))));
        assertEquals(List.of("org-rule purposes[0]", "org-rule purposes[1]"), findings(new Check.Deny(
                Match.any().subjects(KeyMatch.of(Matching.ANY, "customer")))));
    }

    @Test
    void requireChecksThePurposesItAppliesTo() {
        Match health = Match.any().dataCategories(KeyMatch.of(Matching.ANY, "health"));
        assertEquals(List.of("org-rule purposes[1]"), findings(new Check.Require(health,
                Match.any().legalBases(KeyMatch.of(Matching.ANY, "legal-obligation")))));
        assertEquals(List.of(), findings(new Check.Require(health,
                Match.any().legalBases(KeyMatch.of(Matching.ANY, "consent", "legal-obligation")))));
    }

    @Test
    void transfersOutsideTheAllowedCountriesOrMechanisms() {
        assertEquals(List.of("org-rule transfers.transfers[0].country"),
                findings(new Check.AllowedTransfers(Set.of("JP"), Set.of())));
        assertEquals(List.of("org-rule transfers.transfers[0].safeguard"),
                findings(new Check.AllowedTransfers(Set.of(), Set.of(Safeguard.ADEQUACY_DECISION))));
        assertEquals(List.of(), findings(new Check.AllowedTransfers(Set.of("US", "JP"),
                Set.of(Safeguard.ADEQUACY_DECISION, Safeguard.STANDARD_CONTRACTUAL_CLAUSES))));
    }

    @Test
    void retentionLongerThanTheMaximumOfTheCategoryOrUnderIt() {
        assertEquals(List.of("org-rule retention[0].retention"),
                findings(new Check.MaxRetention("contact", Period.ofYears(6))));
        assertEquals(List.of(), findings(new Check.MaxRetention("health.diagnoses", Period.ofYears(3))));
        assertEquals(List.of("org-rule retention[1].retention"),
                findings(new Check.MaxRetention("health.diagnoses", Period.ofYears(1))));
    }

    @Test
    void dpoRequired() {
        assertEquals(List.of("org-rule dataProtectionOfficer"), findings(new Check.RequireDpo()));
        assertEquals(List.of(), findings(new Check.RequireDpo(), register(true)));
    }

    @Test
    void languagesOfTheNotice() {
        assertEquals(List.of(), findings(new Check.RequireLanguages(Set.of(Language.FI))));
        assertEquals(List.of("org-rule purposes[0].name", "org-rule purposes[1].name",
                        "org-rule dataCategories[1].name", "org-rule dataCategories[2].name"),
                findings(new Check.RequireLanguages(Set.of(Language.SV))));
    }

    @Test
    void findingsCarryTheRulesIdSeverityAndMessage() {
        OrganisationRules rules = OrganisationRules.of(List.of(OrganisationRule.of("only-japan", Severity.WARNING,
                MESSAGE, new Check.AllowedTransfers(Set.of("JP"), Set.of()))));
        Finding finding = rules.evaluate(register(false)).get(0);
        assertEquals("only-japan", finding.ruleId());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Not allowed: US", finding.message(Language.EN));
        assertEquals("Ei sallittu: US", finding.message(Language.FI));
    }

    @Test
    void idsMustBeKeysUniqueAndNotComplianceRules() {
        Check dpo = new Check.RequireDpo();
        assertThrows(IllegalArgumentException.class, () -> OrganisationRule.of("No Spaces", Severity.ERROR,
                MESSAGE, dpo));
        assertThrows(IllegalArgumentException.class, () -> OrganisationRule.of("dpo.missing", Severity.ERROR,
                MESSAGE, dpo));
        OrganisationRule rule = OrganisationRule.of("dpo", Severity.ERROR, MESSAGE, dpo);
        assertThrows(IllegalArgumentException.class, () -> OrganisationRules.of(List.of(rule, rule)));
    }

    @Test
    void aTaxonomyCanSupplyTheAncestry() {
        // An ancestry that puts every purpose under "processing": the rule on it matches both purposes.
        Ancestry taxonomy = (dimension, key) -> dimension == Ancestry.Dimension.PURPOSE
                ? List.of(key, "processing") : List.of(key);
        OrganisationRules rules = OrganisationRules.of(List.of(OrganisationRule.of("r", Severity.ERROR, MESSAGE,
                new Check.Deny(Match.any().purposes(KeyMatch.of(Matching.ANY, "processing"))))));
        assertEquals(2, rules.evaluate(register(false), taxonomy).size());
        assertEquals(0, rules.evaluate(register(false)).size());
    }
}
