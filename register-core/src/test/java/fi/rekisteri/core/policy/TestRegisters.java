package fi.rekisteri.core.policy;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.time.Period;

/** A small customer register that exercises every kind of check. */
final class TestRegisters {

    private TestRegisters() {}

    static Register customers() {
        return Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"),
                        Organisation.of("Esimerkki Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .subjectCategory(DataSubjectCategory.of("contact-person", LocalizedText.fi("Yhteyshenkilöt")))
                .dataCategory(DataCategory.of("identity", LocalizedText.fi("Henkilötiedot")))
                .dataCategory(DataCategory.of("identity.name", LocalizedText.fi("Nimi")))
                .dataCategory(DataCategory.of("identity.personal-identity-code", LocalizedText.fi("Henkilötunnus"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköposti")))
                .dataCategory(DataCategory.of("contact.email.work", LocalizedText.fi("Työsähköposti")))
                .dataCategory(DataCategory.of("contact.phone", LocalizedText.fi("Puhelin")))
                .dataCategory(DataCategory.of("billing", LocalizedText.fi("Laskutustiedot")))
                .dataCategory(DataCategory.of("billing.invoices", LocalizedText.fi("Laskut")))
                .dataCategory(DataCategory.of("marketing", LocalizedText.fi("Markkinointitiedot")))
                .purpose(Purpose.builder("billing", LocalizedText.fi("Laskutus"))
                        .legalBasis(LegalBasis.contract())
                        .categories("identity", "contact.email", "billing")
                        .subjects("customer")
                        .build())
                .purpose(Purpose.builder("direct-marketing", LocalizedText.fi("Suoramarkkinointi"))
                        .legalBasis(LegalBasis.legitimateInterests(LocalizedText.fi("Asiakassuhde")))
                        .categories("identity.name", "contact", "marketing")
                        .directMarketing()
                        .build())
                .purpose(Purpose.builder("newsletter", LocalizedText.fi("Uutiskirje"))
                        .legalBasis(LegalBasis.consent(LocalizedText.fi("Peruutuslinkki")))
                        .categories("contact.email")
                        .build())
                .purpose(Purpose.builder("accounting", LocalizedText.fi("Kirjanpito"))
                        .legalBasis(LegalBasis.legalObligation(LocalizedText.fi("Kirjanpitolaki 1336/1997")))
                        .categories("billing")
                        .build())
                .disclosure(Disclosure.of("tax-administration", LocalizedText.fi("Verohallinto"), "billing.invoices")
                        .forPurposes("accounting"))
                .disclosure(Disclosure.of("mailing-house", LocalizedText.fi("Postituspalvelu"), "identity.name",
                        "contact"))
                .transfers(Transfers.of(
                        Transfer.to("US", Safeguard.ADEQUACY_DECISION).withCategories("contact"),
                        Transfer.to("IN", Safeguard.STANDARD_CONTRACTUAL_CLAUSES).withCategories("billing"),
                        Transfer.to("CN", Safeguard.ADEQUACY_DECISION),
                        new Transfer("BR", java.util.Optional.empty(), java.util.List.of(), java.util.Optional.empty(),
                                java.util.Optional.empty())))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(6), LocalizedText.fi("tilikauden päättyminen")),
                        "billing"))
                .retention(RetentionRule.of(Retention.after(Period.ofMonths(10), LocalizedText.fi("laskun eräpäivä")),
                        "billing.invoices"))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(2), LocalizedText.fi("asiakkuuden päättyminen")),
                        "contact", "identity"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("kunnes henkilö kieltää")),
                        "marketing"))
                .build();
    }
}
