package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.diff.Change;
import fi.rekisteri.core.diff.PriorNotice;
import fi.rekisteri.core.diff.Section;
import fi.rekisteri.core.policy.DenialReason;
import fi.rekisteri.core.policy.SubjectRequest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every coded enum of the core keeps the codes that files and databases hold today, each code is distinct and finds
 * its constant again, and an unknown code is refused with the codes that exist.
 */
class CodedTest {

    /** The codes as published: stored in YAML files and database columns, so they never change. */
    private static final Map<Class<? extends Enum<?>>, List<String>> PUBLISHED = Map.ofEntries(
            Map.entry(LegalBasis.Kind.class, List.of("consent", "contract", "legal-obligation", "vital-interests",
                    "public-task", "legitimate-interests")),
            Map.entry(Source.Kind.class, List.of("data-subject", "internal", "external")),
            Map.entry(Transfers.Kind.class, List.of("none", "third-countries", "may-occur")),
            Map.entry(Retention.Kind.class, List.of("after-event", "criteria", "from-collection", "timed",
                    "until")),
            Map.entry(AutomatedDecisionMaking.Kind.class, List.of("none", "used")),
            Map.entry(RecipientRole.class, List.of("controller", "processor", "public-authority", "third-party")),
            Map.entry(Safeguard.class, List.of("adequacy-decision", "legally-binding-instrument",
                    "standard-contractual-clauses", "code-of-conduct", "certification",
                    "authorised-contractual-clauses", "binding-corporate-rules", "derogation-explicit-consent",
                    "derogation-contract-with-subject", "derogation-contract-in-subject-interest",
                    "derogation-public-interest", "derogation-legal-claims", "derogation-vital-interests",
                    "derogation-public-register", "compelling-legitimate-interests", "safe-harbor",
                    "privacy-shield")),
            Map.entry(Retention.Condition.class, List.of("consent-withdrawn", "subscription-cancelled",
                    "membership-ended", "objection", "other")),
            Map.entry(SpecialCategoryCondition.class, List.of("explicit-consent", "employment-social-security",
                    "vital-interests", "not-for-profit-body", "made-public", "legal-claims",
                    "substantial-public-interest", "health-social-care", "public-health",
                    "archiving-research-statistics")),
            Map.entry(IdentityCodeGround.class, List.of("consent", "provided-by-law", "unambiguous-identification")),
            Map.entry(Sensitivity.class, List.of("special-category", "criminal-offence", "personal-identity-code")),
            Map.entry(Topic.class, List.of("controller", "contact", "name", "purposes", "data-content", "sources",
                    "disclosures", "transfers", "retention", "security", "rights")),
            Map.entry(DocumentType.class, List.of("rekisteriseloste", "art13", "art14", "art30")),
            Map.entry(fi.rekisteri.core.taxonomy.TaxonomyEntry.Kind.class,
                    List.of("data-category", "purpose", "subject-category")),
            Map.entry(OrganisationKind.class, List.of("company", "association", "foundation", "state-authority",
                    "municipality", "wellbeing-services-county", "parish", "other-public-body")),
            Map.entry(LegalFramework.class, List.of("henkilotietolaki", "gdpr")),
            Map.entry(DataSubjectRight.class, List.of("access", "rectification", "erasure", "restriction",
                    "portability", "objection", "automated-decisions")),
            Map.entry(DenialReason.class, List.of("unknown-purpose", "unknown-category", "unknown-recipient",
                    "not-covered", "no-consent", "consent-withdrawn", "objected-to-direct-marketing", "restricted",
                    "not-disclosed", "purpose-not-served")),
            Map.entry(Change.Kind.class, List.of("added", "removed", "changed")),
            Map.entry(Section.class, List.of("name", "contacts", "subjects", "categories", "purposes", "legal-bases",
                    "sources", "recipients", "transfers", "retention", "security", "cookies", "other",
                    "acknowledgements")),
            Map.entry(PriorNotice.class, List.of("new-purpose", "new-recipient", "new-transfer",
                    "longer-retention")),
            Map.entry(SubjectRequest.Kind.class, List.of("access", "portability", "erasure", "rectification",
                    "objection", "restriction")));

    @Test
    void everyCodedEnumOfTheCoreIsPinned() throws IOException, URISyntaxException {
        Path classes = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Class<?>> coded;
        try (Stream<Path> files = Files.walk(classes)) {
            coded = files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.equals("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(CodedTest::load)
                    .filter(type -> type.isEnum() && Coded.class.isAssignableFrom(type))
                    .collect(Collectors.toSet());
        }
        assertEquals(PUBLISHED.keySet(), coded, "a new coded enum pins its codes here");
    }

    @Test
    void theCodesAreThePublishedOnesAndRoundTrip() {
        PUBLISHED.forEach((type, published) -> {
            List<String> codes = codes(type);
            assertEquals(published, codes, type.getName());
            assertEquals(codes.size(), new HashSet<>(codes).size(), "distinct codes of " + type.getName());
            for (Enum<?> constant : type.getEnumConstants()) {
                assertSame(constant, ofCode(type, ((Coded) constant).code()), type.getName());
            }
        });
    }

    @Test
    void aCodeIsTheNameInLowerCaseWithHyphensUnlessTheEnumSaysOtherwise() {
        assertEquals("legal-obligation", LegalBasis.Kind.LEGAL_OBLIGATION.code());
        assertEquals("made-public", SpecialCategoryCondition.MADE_PUBLIC_BY_SUBJECT.code());
        assertEquals("explicit-consent", SpecialCategoryCondition.EXPLICIT_CONSENT.code());
        assertEquals("art13", DocumentType.ART_13_NOTICE.code());
    }

    @Test
    void anUnknownCodeIsRefusedWithTheCodesThatExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Coded.ofCode(Source.Kind.class, "x", "source kind"));
        assertEquals("unknown source kind 'x'; expected one of data-subject, internal, external", e.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> DocumentType.ofCode("art31"));
        assertEquals("unknown document type 'art31'; expected one of rekisteriseloste, art13, art14, art30",
                type.getMessage());
        NullPointerException nullCode = assertThrows(NullPointerException.class,
                () -> Coded.ofCode(Topic.class, null, "topic"));
        assertEquals("code", nullCode.getMessage());
    }

    /** Two constants with one code would make a stored code ambiguous. */
    enum Clash implements Coded {
        FIRST,
        SECOND {
            @Override
            public String code() {
                return "first";
            }
        }
    }

    @Test
    void twoConstantsWithOneCodeAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Coded.codes(Clash.class));
        assertTrue(e.getMessage().contains("FIRST and SECOND have the same code first"), e.getMessage());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> codes(Class<? extends Enum<?>> type) {
        return Coded.codes((Class) type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object ofCode(Class<? extends Enum<?>> type, String code) {
        return Coded.ofCode((Class) type, code, type.getSimpleName());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CodedTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
