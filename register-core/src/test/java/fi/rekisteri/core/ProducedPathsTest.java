package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.rekisteri.core.RegisterPath.Index;
import fi.rekisteri.core.RegisterPath.Property;
import fi.rekisteri.core.RegisterPath.Segment;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.compliance.Finding;
import fi.rekisteri.core.compliance.Rule;
import fi.rekisteri.core.seed.MainostakomoRegister;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every path the compliance check and {@link Register.Builder#build()} produce reads back as the same value, and a
 * finding's path leads, through the register's own accessors, to the part it is about.
 */
class ProducedPathsTest {

    // A repealed law and a personal identity code: every text breaks legacy.reference and identity-code.in-text.
    private static final String LEGACY = "Henkilötietolain 523/1999 mukaan, hetu 131052-308T";

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }

    /** Nothing but what a register cannot be built without. */
    private static Register bare() {
        return Register.builder("bare", fi("Tyhjä"), Organisation.of("Oy", ContactDetails.none())).build();
    }

    /** Every part, each got wrong in some way a rule finds, and the repealed law named in its texts. */
    private static Register flawed() {
        Organisation abroad = Organisation.of("Inc", ContactDetails.none()
                .withAddress(new PostalAddress("Main St 1, c/o 131052-308T", "10001", "New York", "US")));
        return Register.builder("flawed", fi(LEGACY), abroad)
                // Plain strings too: a name and a street address.
                .dataProtectionOfficer(ContactPoint.of("DPO 131052-308T", ContactDetails.none()))
                .introduction(Topic.DISCLOSURES, fi(LEGACY))
                .subjectCategory(DataSubjectCategory.of("customer", fi(LEGACY)).withDescription(fi(LEGACY)))
                .dataCategory(DataCategory.of("contact", fi(LEGACY)).withDescription(fi(LEGACY)))
                .dataCategory(DataCategory.of("identity-code", fi("Hetu")).with(Sensitivity.PERSONAL_IDENTITY_CODE))
                .dataCategory(DataCategory.of("health", fi("Terveys")).with(Sensitivity.SPECIAL_CATEGORY))
                .dataCategory(DataCategory.of("offences", fi("Rikokset")).with(Sensitivity.CRIMINAL_OFFENCE))
                .dataCategory(DataCategory.of("unused", fi("Käyttämätön")).with(Sensitivity.SPECIAL_CATEGORY))
                .purpose(Purpose.builder("nobasis", fi(LEGACY)).description(fi(LEGACY))
                        .categories("identity-code", "health", "offences").build())
                .purpose(Purpose.builder("interests", fi("Etu"))
                        .legalBasis(new LegalBasis.LegitimateInterests(Optional.empty())).build())
                .purpose(Purpose.builder("obligation", fi("Velvoite"))
                        .legalBasis(new LegalBasis.LegalObligation(Optional.empty())).build())
                .purpose(Purpose.builder("consent", fi("Suostumus"))
                        .legalBasis(new LegalBasis.Consent(Optional.empty())).directMarketing().build())
                .purpose(Purpose.builder("law", fi("Laki")).legalBasis(LegalBasis.publicTask(fi(LEGACY)))
                        .criminalDataAuthorisation(fi(LEGACY)).build())
                .source(new Source.DataSubject(fi(LEGACY), List.of("contact")))
                .transfers(Transfers.of(
                        new Transfer("CN", Optional.of(fi(LEGACY)), List.of(), Optional.empty(), Optional.empty()),
                        Transfer.to("BR", Safeguard.ADEQUACY_DECISION),
                        Transfer.to("CA", Safeguard.ADEQUACY_DECISION),
                        Transfer.to("IN", Safeguard.COMPELLING_LEGITIMATE_INTERESTS)))
                .retention(RetentionRule.of(Retention.criteria(fi(LEGACY)), "identity-code", "health", "offences"))
                .security(SecurityMeasures.none().withGeneral(fi(LEGACY)))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(fi(LEGACY)))
                .provisionRequirement(fi(LEGACY))
                .build();
    }

    /** A disclosure abroad that the transfers do not list, and only internal sources. */
    private static Register undeclared() {
        return Register.builder("undeclared", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .dataCategory(DataCategory.of("contact", fi("Yhteystiedot")))
                .source(Source.Internal.of(fi("Oma")))
                .disclosure(Disclosure.of("cloud", fi(LEGACY), "contact").inCountry("US").withBasis(fi(LEGACY)))
                .transfers(Transfers.none(fi(LEGACY)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(1), fi(LEGACY)), "contact"))
                .acknowledgement(Acknowledgement.of("source.external", "kept", "team", LocalDate.of(2026, 11, 30)))
                .acknowledgement(Acknowledgement.of("controller.contact", "controller.contact", "error", "team",
                        LocalDate.of(2026, 11, 30)))
                .build();
    }

    /** A public body's unit as controller, with everything about its parties and the document got wrong. */
    private static Register parties() {
        Organisation unit = new Organisation(fi("Liikuntapalvelut"), Optional.of(OrganisationKind.MUNICIPALITY),
                Optional.of(fi("Esimerkkilän kaupunki")), Optional.empty(), Optional.of("2135102-8"),
                ContactDetails.none().withAddress(PostalAddress.poBox("PL 1", "99999", "Esimerkkilä")
                        .withoutPostalCode()));
        return Register.builder("parties", fi("R"), unit)
                .contactPoint(ContactPoint.of("Jäsenasiat", fi("Jäsenasiat"),
                        ContactDetails.none().withEmail("info(at)example.fi")))
                .jointControl(new JointControl(List.of(Organisation.of("Kumppani Oy", ContactDetails.none())),
                        Optional.empty(), Optional.empty()))
                .purpose(Purpose.builder("interests", fi("Etu"))
                        .legalBasis(LegalBasis.legitimateInterests(fi("Etu"))).build())
                .rightsRestriction(RightsRestriction.of(DataSubjectRight.ERASURE, fi("Arkistoidaan")))
                .metadata(DocumentMetadata.of("1", java.time.LocalDate.of(2020, 1, 1))
                        .withFramework(LegalFramework.PERSONAL_DATA_ACT))
                .build();
    }

    /** An undated statement under the repealed act, its controller reachable only through its contact point. */
    private static Register oldStatement() {
        return Register.builder("old", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .contactPoint(ContactPoint.of("Yhteyshenkilö", ContactDetails.none().withPhone("040 123")))
                .metadata(DocumentMetadata.none().withFramework(LegalFramework.PERSONAL_DATA_ACT))
                .build();
    }

    /** Children, optional data, alternative bases, unnamed roles, transfers that may occur, cookies. */
    private static Register flows() {
        return Register.builder("flows", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("pupil", fi("Oppilaat")).includingChildren())
                .dataCategory(DataCategory.of("contact", fi("Yhteystiedot, esim. puhelin"))
                        .withProvision(new Provision(true, Optional.empty())))
                .purpose(Purpose.builder("newsletter", fi("Uutiskirje")).legalBasis(LegalBasis.contract())
                        .alternativeLegalBasis(LegalBasis.consent(fi("Peru tilaus."))).build())
                .disclosure(Disclosure.of("mailer", fi("Postituspalvelu"), "contact").withoutRole())
                .transfers(Transfers.mayOccur(fi("Palveluntarjoajat voivat käsitellä tietoja EU:n ulkopuolella."),
                        Safeguard.STANDARD_CONTRACTUAL_CLAUSES, Safeguard.PRIVACY_SHIELD))
                .cookie(Cookie.of("ads", "_ads", fi("Mainonta")).fromThirdParty(fi("Ads Inc"), "US"))
                .cookie(new Cookie("tracker", "_t", fi("Seuranta"), false, Optional.empty(), true, Optional.empty(),
                        Optional.empty(), List.of("newsletter")))
                .build();
    }

    /** Transfers that may occur, on no safeguard named. */
    private static Register invalidated() {
        return Register.builder("invalidated", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .transfers(new Transfers.MayOccur(Optional.empty(), List.of()))
                .build();
    }

    /** A US transfer on Safe Harbor. */
    private static Register safeHarbor() {
        return Register.builder("harbor", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.SAFE_HARBOR)))
                .build();
    }

    @Test
    void everyFindingPathReadsBackAndLeadsToItsPart() {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        Set<String> paths = new LinkedHashSet<>();
        for (Register register : List.of(bare(), flawed(), undeclared(), parties(), oldStatement(),
                flows(), invalidated(), safeHarbor(),                MainostakomoRegister.create())) {
            List<Finding> checked = new ArrayList<>();
            for (DocumentType type : DocumentType.values()) {
                checked.addAll(Compliance.check(register, type).findings());
            }
            checked.addAll(Compliance.checkFirstLayer(register, DocumentType.ART_13_NOTICE).findings());
            {
                for (Finding finding : checked) {
                    rules.add((Rule) finding.rule());
                    paths.add(finding.path());
                    assertEquals(finding.location(), RegisterPath.parse(finding.path()), finding.path());
                    assertLeadsToAPart(register, finding.location());
                }
            }
        }
        assertEquals(EnumSet.allOf(Rule.class), rules, "the registers should break every rule");
        assertTrue(paths.containsAll(List.of("", "controller.contact", "purposes[1].legalBasis.interests",
                "transfers.transfers[3].safeguardCopy", "disclosures[0].country", "introductions.disclosures",
                "retention[0].retention.criteria", "automatedDecisionMaking.description", "dataProtectionOfficer.name",
                "controller.contact.address.street")), paths.toString());
    }

    @Test
    void everyConsistencyProblemPathReadsBack() {
        RegisterValidationException e = assertThrows(RegisterValidationException.class, () -> Register
                .builder("broken", fi("R"), Organisation.of("Oy", ContactDetails.none()))
                .subjectCategory(DataSubjectCategory.of("customer", fi("A")))
                .subjectCategory(DataSubjectCategory.of("customer", fi("B")))
                .dataCategory(DataCategory.of("contact", fi("A")).aboutSubjects("customer", "customer", "staff"))
                .dataCategory(DataCategory.of("contact", fi("B")))
                .dataCategory(DataCategory.of("health.allergies", fi("C")))
                .purpose(Purpose.builder("a", fi("A")).categories("nope").subjects("staff").build())
                .purpose(Purpose.builder("a", fi("B")).build())
                .source(new Source.Internal(fi("S"), List.of("nope")))
                .disclosure(Disclosure.of("d", fi("D"), "nope").forPurposes("nope"))
                .disclosure(Disclosure.of("d", fi("E")))
                .transfers(Transfers.of(Transfer.to("SE", Safeguard.ADEQUACY_DECISION).withCategories("nope")))
                .retention(RetentionRule.of(Retention.criteria(fi("R")), "nope"))
                .build());
        List<String> shapes = new ArrayList<>();
        for (Problem problem : e.problems()) {
            assertEquals(problem.location(), RegisterPath.parse(problem.path()), problem.path());
            shapes.add(problem.path().replaceAll("\\[\\d+]", "[]"));
        }
        assertEquals(List.of("subjectCategories[].key", "dataCategories[].key", "purposes[].key",
                "disclosures[].key", "dataCategories[].subjects[]", "dataCategories[].subjects[]",
                "dataCategories[].key", "purposes[].categories[]", "purposes[].subjects[]",
                "sources[].categories[]", "disclosures[].categories[]", "disclosures[].purposes[]",
                "transfers.transfers[].country", "transfers.transfers[].categories[]", "retention[].categories[]"),
                shapes);
    }

    /**
     * Follows the path through the model's accessors, list items and map keys (by their code); the last step may be
     * an absent value, the one the finding says is missing, but no step before it.
     */
    private static void assertLeadsToAPart(Register register, RegisterPath path) {
        Object current = register;
        for (Segment segment : path.segments()) {
            if (current instanceof Optional<?> optional) {
                current = optional.orElseGet(() -> fail(path + " passes through an absent value"));
            }
            if (segment instanceof Index index) {
                if (!(current instanceof List<?> list) || index.index() >= list.size()) {
                    fail(path + ": no item " + index.index() + " in " + current);
                    return;
                }
                current = list.get(index.index());
            } else if (segment instanceof Property property) {
                current = property(current, property.name(), path);
            }
        }
    }

    private static Object property(Object value, String name, RegisterPath path) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof Topic topic && topic.code().equals(name)) {
                    return entry.getValue();
                }
            }
            return fail(path + ": no key " + name);
        }
        try {
            return value.getClass().getMethod(name).invoke(value);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return fail(path + ": " + value.getClass().getSimpleName() + " has no accessor " + name, e);
        }
    }
}
