package fi.rekisteri.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.identifier.BusinessId;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each sealed type's kinds and variants correspond one to one, and every code of every closed choice round-trips: a
 * variant added without its kind, or a kind without its variant, fails here.
 */
class VariantKindsTest {

    private static final LocalizedText TEXT = LocalizedText.fi("teksti");

    /** One value of every variant the sealed type permits, and the kind each says it is. */
    private static <V, K extends Enum<K>> void correspond(Class<V> sealed, Class<K> kinds, List<V> samples,
            Function<V, K> kind) {
        Set<Class<?>> permitted = Set.of(sealed.getPermittedSubclasses());
        Set<Class<?>> sampled = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(permitted, sampled, sealed.getSimpleName() + ": a sample of every permitted variant");
        assertEquals(samples.size(), sampled.size(), sealed.getSimpleName() + ": one sample per variant");
        Set<K> said = samples.stream().map(kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(kinds)));
        assertEquals(EnumSet.allOf(kinds), said, sealed.getSimpleName() + ": every kind said by one variant");
        assertEquals(samples.size(), said.size(), sealed.getSimpleName() + ": no two variants of one kind");
        // The same sample says the same kind every time.
        samples.forEach(sample -> assertSame(kind.apply(sample), kind.apply(sample)));
    }

    /** Every code names its value, the list of codes is in declaration order, and codes are distinct. */
    private static <K extends Enum<K>> void roundTrip(K[] values, Function<K, String> code,
            Function<String, K> ofCode, List<String> codes) {
        for (K value : values) {
            assertSame(value, ofCode.apply(code.apply(value)));
        }
        assertEquals(Arrays.stream(values).map(code).toList(), codes);
        assertEquals(codes.size(), new HashSet<>(codes).size(), "distinct codes: " + codes);
        codes.forEach(c -> assertTrue(c.matches("[a-z0-9]+(-[a-z0-9]+)*"), "a stable lower-case code: " + c));
        NullPointerException nullCode = assertThrows(NullPointerException.class, () -> ofCode.apply(null));
        assertEquals("code", nullCode.getMessage());
    }

    private static void rejects(Function<String, ?> ofCode, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ofCode.apply("no-such"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void legalBasesAndTheirKindsCorrespond() {
        correspond(LegalBasis.class, LegalBasis.Kind.class, List.of(LegalBasis.consent(TEXT), LegalBasis.contract(),
                LegalBasis.legalObligation(TEXT), LegalBasis.vitalInterests(), LegalBasis.publicTask(TEXT),
                LegalBasis.legitimateInterests(TEXT)), LegalBasis::kind);
        roundTrip(LegalBasis.Kind.values(), LegalBasis.Kind::code, LegalBasis.Kind::ofCode, Coded.codes(LegalBasis.Kind.class));
        rejects(LegalBasis.Kind::ofCode, "unknown legal basis 'no-such'; expected one of consent, contract,"
                + " legal-obligation, vital-interests, public-task, legitimate-interests");
        rejects(LegalBasis::ofCode, "unknown legal basis 'no-such'; expected one of consent, contract,"
                + " legal-obligation, vital-interests, public-task, legitimate-interests");
    }

    @Test
    void aLegalBasisIsMadeFromItsKindAndItsOneText() {
        for (LegalBasis.Kind kind : LegalBasis.Kind.values()) {
            LegalBasis bare = LegalBasis.ofCode(kind.code());
            assertEquals(kind, bare.kind());
            assertEquals(kind.code(), bare.code());
            assertEquals(kind.article(), bare.article());
            assertEquals(Optional.empty(), bare.detail());
            assertEquals(bare, LegalBasis.of(kind, Optional.empty()));
            if (kind.detailName().isPresent()) {
                LegalBasis stated = LegalBasis.of(kind, Optional.of(TEXT));
                assertEquals(Optional.of(TEXT), stated.detail());
                assertEquals(stated, LegalBasis.of(stated.kind(), stated.detail()));
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> LegalBasis.of(kind, Optional.of(TEXT)));
                assertEquals("the legal basis '" + kind.code() + "' carries no text", e.getMessage());
            }
        }
        assertEquals("6(1)(f)", LegalBasis.Kind.LEGITIMATE_INTERESTS.article());
    }

    @Test
    void aBasisTextIsNamedAsTheVariantsComponent() {
        for (Class<?> variant : LegalBasis.class.getPermittedSubclasses()) {
            RecordComponent[] components = variant.getRecordComponents();
            Optional<String> component = Arrays.stream(components).map(RecordComponent::getName).findFirst();
            assertTrue(components.length <= 1, variant.getSimpleName());
            LegalBasis.Kind kind = Arrays.stream(LegalBasis.Kind.values())
                    .filter(k -> LegalBasis.ofCode(k.code()).getClass() == variant).findFirst().orElseThrow();
            assertEquals(component, kind.detailName(), variant.getSimpleName());
        }
    }

    @Test
    void everyLegalBasisIsNamedInEveryLanguage() {
        Set<String> finnish = new LinkedHashSet<>();
        for (LegalBasis.Kind kind : LegalBasis.Kind.values()) {
            for (Language language : Language.values()) {
                assertTrue(kind.label().has(language), kind + " in " + language);
            }
            finnish.add(kind.label().text(Language.FI));
        }
        assertEquals(LegalBasis.Kind.values().length, finnish.size(), "distinct names: " + finnish);
        assertEquals("sopimus", LegalBasis.Kind.CONTRACT.label().text(Language.FI));
        assertEquals("berättigat intresse", LegalBasis.Kind.LEGITIMATE_INTERESTS.label().text(Language.SV));
    }

    @Test
    void sourcesAndTheirKindsCorrespond() {
        correspond(Source.class, Source.Kind.class, List.of(Source.DataSubject.of(TEXT), Source.Internal.of(TEXT),
                Source.External.of(TEXT)), Source::kind);
        roundTrip(Source.Kind.values(), Source.Kind::code, Source.Kind::ofCode, Coded.codes(Source.Kind.class));
        rejects(Source.Kind::ofCode, "unknown source kind 'no-such'; expected one of data-subject, internal, external");
        assertEquals("external", Source.External.of(TEXT).code());
    }

    @Test
    void transfersAndTheirKindsCorrespond() {
        correspond(Transfers.class, Transfers.Kind.class,
                List.of(Transfers.none(), Transfers.of(Transfer.to("US", Safeguard.ADEQUACY_DECISION)),
                        Transfers.mayOccur(TEXT, Safeguard.STANDARD_CONTRACTUAL_CLAUSES)),
                Transfers::kind);
        roundTrip(Transfers.Kind.values(), Transfers.Kind::code, Transfers.Kind::ofCode, Coded.codes(Transfers.Kind.class));
        rejects(Transfers.Kind::ofCode, "unknown transfers kind 'no-such'; expected one of none, third-countries,"
                + " may-occur");
    }

    @Test
    void retentionRulesAndTheirKindsCorrespond() {
        correspond(Retention.class, Retention.Kind.class,
                List.of(Retention.after(Period.ofYears(6), TEXT), Retention.criteria(TEXT),
                        Retention.fromCollection(Period.ofMonths(6)), Retention.timed(Duration.ofMinutes(10), TEXT),
                        Retention.until(Retention.Condition.CONSENT_WITHDRAWN)), Retention::kind);
        roundTrip(Retention.Kind.values(), Retention.Kind::code, Retention.Kind::ofCode, Coded.codes(Retention.Kind.class));
        rejects(Retention.Kind::ofCode, "unknown retention kind 'no-such'; expected one of after-event, criteria,"
                + " from-collection, timed, until");
    }

    @Test
    void automatedDecisionStatementsAndTheirKindsCorrespond() {
        correspond(AutomatedDecisionMaking.class, AutomatedDecisionMaking.Kind.class,
                List.of(AutomatedDecisionMaking.none(), AutomatedDecisionMaking.used(TEXT)),
                AutomatedDecisionMaking::kind);
        roundTrip(AutomatedDecisionMaking.Kind.values(), AutomatedDecisionMaking.Kind::code,
                AutomatedDecisionMaking.Kind::ofCode, Coded.codes(AutomatedDecisionMaking.Kind.class));
        rejects(AutomatedDecisionMaking.Kind::ofCode,
                "unknown automated decision-making kind 'no-such'; expected one of none, used");
    }

    @Test
    void theCodedEnumerationsRoundTrip() {
        roundTrip(RecipientRole.values(), RecipientRole::code, RecipientRole::ofCode, Coded.codes(RecipientRole.class));
        roundTrip(Safeguard.values(), Safeguard::code, Safeguard::ofCode, Coded.codes(Safeguard.class));
        roundTrip(SpecialCategoryCondition.values(), SpecialCategoryCondition::code, SpecialCategoryCondition::ofCode,
                Coded.codes(SpecialCategoryCondition.class));
        roundTrip(IdentityCodeGround.values(), IdentityCodeGround::code, IdentityCodeGround::ofCode,
                Coded.codes(IdentityCodeGround.class));
        roundTrip(Sensitivity.values(), Sensitivity::code, Sensitivity::ofCode, Coded.codes(Sensitivity.class));
        roundTrip(Topic.values(), Topic::code, Topic::ofCode, Coded.codes(Topic.class));
        rejects(RecipientRole::ofCode, "unknown recipient role 'no-such'; expected one of controller, processor,"
                + " public-authority, third-party");
    }

    @Test
    void variantFactoriesNameTheNullArgument() {
        Map<String, Runnable> calls = Map.ofEntries(
                Map.entry("withdrawal", () -> LegalBasis.consent(null)),
                Map.entry("law", () -> LegalBasis.legalObligation(null)),
                Map.entry("law ", () -> LegalBasis.publicTask(null)),
                Map.entry("interests", () -> LegalBasis.legitimateInterests(null)),
                Map.entry("kind", () -> LegalBasis.of(null, Optional.empty())),
                Map.entry("detail", () -> LegalBasis.of(LegalBasis.Kind.CONSENT, null)),
                Map.entry("withdrawal ", () -> new LegalBasis.Consent(null)),
                Map.entry("description", () -> Source.DataSubject.of(null)),
                Map.entry("description ", () -> Source.Internal.of(null)),
                Map.entry("categories", () -> new Source.Internal(TEXT, null)),
                Map.entry("categories[1]", () -> new Source.DataSubject(TEXT, Arrays.asList("a", null))),
                Map.entry("name", () -> Source.External.of(null)),
                Map.entry("businessId", () -> Source.External.of(TEXT).withBusinessId(null)),
                Map.entry("supplies", () -> Source.External.of(TEXT).withSupplies(null)),
                Map.entry("reason", () -> Source.External.of(TEXT).withReason(null)),
                Map.entry("keys", () -> Source.External.of(TEXT).withCategories((String[]) null)),
                Map.entry("categories[0]", () -> Source.External.of(TEXT).withCategories((String) null)),
                Map.entry("statement", () -> Transfers.none(null)),
                Map.entry("transfers", () -> Transfers.of((Transfer[]) null)),
                Map.entry("transfers[0]", () -> Transfers.of((Transfer) null)),
                Map.entry("transfers ", () -> new Transfers.ThirdCountries(null)),
                Map.entry("safeguard", () -> Transfer.to("US", null)),
                Map.entry("country", () -> Transfer.to(null, Safeguard.ADEQUACY_DECISION)),
                Map.entry("recipient", () -> Transfer.to("US", Safeguard.ADEQUACY_DECISION).withRecipient(null)),
                Map.entry("howToObtain",
                        () -> Transfer.to("US", Safeguard.ADEQUACY_DECISION).withSafeguardCopy(null)),
                Map.entry("keys ", () -> Transfer.to("US", Safeguard.ADEQUACY_DECISION)
                        .withCategories((String[]) null)),
                Map.entry("period", () -> Retention.after(null, TEXT)),
                Map.entry("event", () -> Retention.after(Period.ofYears(1), null)),
                Map.entry("criteria", () -> Retention.criteria(null)),
                Map.entry("description  ", () -> AutomatedDecisionMaking.used(null)));
        calls.forEach((name, call) -> {
            NullPointerException e = assertThrows(NullPointerException.class, call::run, name);
            assertEquals(name.strip(), e.getMessage());
        });
        // A business ID given is kept: the check above is not a side effect of parsing.
        assertEquals(Optional.of(BusinessId.parse("0112038-9")),
                Source.External.of(TEXT).withBusinessId(BusinessId.parse("0112038-9")).businessId());
    }
}
