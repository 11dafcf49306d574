/**
 * A Spring Boot web shop that adopts Rekisteri: the register read once at start-up, the personal-data listener and
 * guard installed once, every request's work in a processing scope of its own, consent given and withdrawn through the
 * API, every access to personal data in the processing log, a customer's access report, and a nightly retention sweep.
 */
@NullMarked
package fi.rekisteri.examples.springboot;

import org.jspecify.annotations.NullMarked;
