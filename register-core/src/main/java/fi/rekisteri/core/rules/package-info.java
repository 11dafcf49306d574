/**
 * Organisation rules: requirements an organisation sets for all of its registers ("no health data for marketing",
 * "transfers only on adequacy", "customer data kept at most six years"), evaluated into the same
 * {@link fi.rekisteri.core.compliance.Finding}s as the compliance check.
 *
 * <pre>{@code
 * OrganisationRules rules = OrganisationRules.of(List.of(OrganisationRule.of("dpo-required", Severity.ERROR,
 *         LocalizedText.of("Nimeä tietosuojavastaava", "Utse dataskyddsombud", "Name a DPO"), new Check.RequireDpo())));
 * List<Finding> findings = rules.evaluate(register);
 * }</pre>
 */
@NullMarked
package fi.rekisteri.core.rules;

import org.jspecify.annotations.NullMarked;
