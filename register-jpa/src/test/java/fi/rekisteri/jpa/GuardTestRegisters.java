package fi.rekisteri.jpa;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.ContactDetails;

/** The register the personal-data guard tests check against. */
final class GuardTestRegisters {

    private GuardTestRegisters() {}

    /**
     * Categories contact, contact.email and identity-code; purposes billing (contact, so contact.email too), support
     * (contact.email only) and newsletter (direct marketing, contact.email).
     */
    static Register customers() {
        return Register.builder("guarded-customers", LocalizedText.en("Customers"),
                        Organisation.of("Example Oy", ContactDetails.none().withEmail("privacy@example.invalid")))
                .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.en("Customers")))
                .dataCategory(DataCategory.of("contact", LocalizedText.en("Contact details")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.en("E-mail address")))
                .dataCategory(DataCategory.of("identity-code", LocalizedText.en("Identity code")))
                .purpose(Purpose.builder("billing", LocalizedText.en("Billing"))
                        .legalBasis(LegalBasis.contract()).categories("contact").build())
                .purpose(Purpose.builder("support", LocalizedText.en("Support"))
                        .legalBasis(LegalBasis.contract()).categories("contact.email").build())
                .purpose(Purpose.builder("newsletter", LocalizedText.en("Newsletter"))
                        .legalBasis(LegalBasis.legitimateInterests(LocalizedText.en("Telling customers of offers")))
                        .categories("contact.email").directMarketing()
                        .objection(LocalizedText.en("Unsubscribe link in every letter")).build())
                .build();
    }
}
