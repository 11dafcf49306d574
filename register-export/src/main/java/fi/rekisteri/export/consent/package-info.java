/**
 * Consent records of ISO/IEC TS 27560 as JSON-LD in the W3C DPV profile for 27560 ({@link
 * fi.rekisteri.export.consent.ConsentJsonLd}), and the receipt a data subject gets of their consent ({@link
 * fi.rekisteri.export.consent.ConsentReceipt}). The records themselves are register-core's {@link
 * fi.rekisteri.core.policy.ConsentRecord}s.
 */
@NullMarked
package fi.rekisteri.export.consent;

import org.jspecify.annotations.NullMarked;
