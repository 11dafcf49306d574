/**
 * A small customer-service app that keeps its customers in a database and lets the register decide what each purpose
 * may load: the entities mark their personal data with {@link fi.rekisteri.jpa.PersonalData}, and every access runs in
 * a {@link fi.rekisteri.core.policy.ProcessingScope} and lands in the processing log.
 */
@NullMarked
package fi.rekisteri.examples.customerservice;

import org.jspecify.annotations.NullMarked;
