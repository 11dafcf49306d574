package fi.rekisteri.jpa;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Source;
import java.time.Period;
import java.util.List;

/** The register the subject request tests answer from. */
final class RequestTestRegisters {

    static final LocalizedText BOOKKEEPING_LAW = LocalizedText.fi("Kirjanpitolaki 1336/1997");

    private RequestTestRegisters() {}

    /**
     * Contact details (given by the customer, used by a contract purpose) and invoices (kept six years after the
     * financial year's end under the bookkeeping law), with the purpose for answering requests covering both.
     */
    static Register shop() {
        return shopBuilder().build();
    }

    /**
     * {@link #shop()} with the purpose a retention sweep erases under, {@code retention}: a legal obligation (to
     * erase) that uses every category.
     */
    static Register shopWithRetentionPurpose() {
        return shopBuilder()
                .purpose(Purpose.builder("retention", LocalizedText.en("Erasing data past its retention period"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.en("GDPR Art. 5(1)(e)")))
                        .categories("contact", "billing").build())
                .build();
    }

    private static Register.Builder shopBuilder() {
        return Register.builder("shop", LocalizedText.en("Customers"),
                        Organisation.of("Example Oy", ContactDetails.none().withEmail("privacy@example.invalid")))
                .subjectCategory(DataSubjectCategory.of("customers", LocalizedText.en("Customers")))
                .dataCategory(DataCategory.of("contact", LocalizedText.en("Contact details")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.en("E-mail address")))
                .dataCategory(DataCategory.of("billing", LocalizedText.en("Billing")))
                .dataCategory(DataCategory.of("billing.invoices", LocalizedText.en("Invoices")))
                .purpose(Purpose.builder("customer-service", LocalizedText.en("Customer service"))
                        .legalBasis(LegalBasis.contract()).categories("contact").build())
                .purpose(Purpose.builder("bookkeeping", LocalizedText.en("Bookkeeping"))
                        .legalBasis(LegalBasis.legalObligation(BOOKKEEPING_LAW)).categories("billing").build())
                .purpose(Purpose.builder(SubjectAccess.PURPOSE, LocalizedText.en("Answering data subjects' requests"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.en("GDPR Art. 12–22")))
                        .categories("contact", "billing").build())
                .source(new Source.DataSubject(LocalizedText.en("The customer"), List.of("contact")))
                .source(new Source.Internal(LocalizedText.en("Our invoicing"), List.of("billing")))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6),
                        LocalizedText.en("the end of the financial year")), "billing").withEvent("financial-year-end"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.en("While the customer relationship lasts")),
                        "contact"));
    }
}
