package fi.rekisteri.export.consent;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.core.policy.ConsentRecords;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.SubjectConsent;
import fi.rekisteri.core.policy.SubjectId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.Optional;

/** A register with a purpose on consent in three languages, a subject and their consents, for the consent tests. */
final class ConsentRecordsFixture {

    static final PseudonymKey KEY = PseudonymKey.of(HexFormat.of()
            .parseHex("8f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0"));
    /** The subject's own id: it must never appear in what is written. */
    static final String RAW_ID = "customer-4711";
    static final SubjectId SUBJECT = SubjectId.of(RAW_ID);
    static final Instant GIVEN = Instant.parse("2026-03-01T10:15:30Z");
    static final Instant WITHDRAWN = Instant.parse("2026-06-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    /** When the subject consented again, to a new text, while the consent given at {@link #GIVEN} was live. */
    static final Instant RENEWED = Instant.parse("2026-08-15T09:00:00Z");

    private ConsentRecordsFixture() {}

    static Register register() {
        return Register.builder("newsletter-register", LocalizedText.of("Uutiskirjeen tilaajat",
                        "Nyhetsbrevets prenumeranter", "Newsletter subscribers"),
                        Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"), ContactDetails.none()))
                .metadata(DocumentMetadata.of("2.1", LocalDate.of(2026, 1, 15)))
                .purpose(Purpose.builder("newsletter", LocalizedText.of("Uutiskirje", "Nyhetsbrev", "Newsletter"))
                        .description(LocalizedText.of("Kuukausittainen uutiskirje sähköpostiin",
                                "Månatligt nyhetsbrev per e-post", "A monthly newsletter by e-mail"))
                        .legalBasis(LegalBasis.consent(LocalizedText.of(
                                "Peru tilaus uutiskirjeen lopussa olevasta linkistä",
                                "Avsluta prenumerationen via länken i slutet av nyhetsbrevet",
                                "Unsubscribe through the link at the end of each newsletter")))
                        .directMarketing().build())
                .build();
    }

    static ConsentRecords records() {
        return ConsentRecords.of(register(), KEY);
    }

    static ConsentRecord given() {
        return records().record(SUBJECT, new SubjectConsent("newsletter", GIVEN, Optional.empty(),
                Optional.of("uutiskirje-3")), NOW);
    }

    static ConsentRecord withdrawn() {
        return records().record(SUBJECT, new SubjectConsent("newsletter", GIVEN, Optional.of(WITHDRAWN),
                Optional.of("uutiskirje-3")), NOW);
    }

    static ConsentRecord expired() {
        return records().validFor(Period.ofMonths(6)).record(SUBJECT, new SubjectConsent("newsletter", GIVEN,
                Optional.empty()), NOW);
    }

    /** The consent given at {@link #GIVEN}, then again at {@link #RENEWED} to a new text: superseded, then renewed. */
    static java.util.List<ConsentRecord> renewal() {
        return records().history(SUBJECT, java.util.List.of(
                new SubjectConsent("newsletter", GIVEN, Optional.empty(), Optional.of("uutiskirje-3")),
                new SubjectConsent("newsletter", RENEWED, Optional.empty(), Optional.of("uutiskirje-4"))), NOW);
    }
}
