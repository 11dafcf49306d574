package fi.rekisteri.core.api;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.CategoryHierarchy;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.core.identifier.PersonalIdentityCode;
import fi.rekisteri.core.law.TransferCountries;
import fi.rekisteri.core.policy.Decision;
import fi.rekisteri.core.policy.InMemoryProcessingLog;
import fi.rekisteri.core.policy.ProcessingLog;
import fi.rekisteri.core.policy.ProcessingScope;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.core.policy.SubjectId;
import fi.rekisteri.core.policy.SubjectState;
import fi.rekisteri.core.policy.TransferDecision;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A valid, fresh value of each type the public API takes, for calls that pass null in one place and these
 * everywhere else. Records without an entry are made from samples of their components; any other type without an
 * entry fails the test that asks for it, so that a new API type needs a sample.
 */
final class Samples {

    private static final Map<Class<?>, Supplier<?>> BY_TYPE = new HashMap<>();
    // Strings whose parameter name says what they must look like.
    private static final Map<String, String> STRINGS_BY_NAME = Map.of(
            "country", "US", "countryCode", "US", "email", "tietosuoja@example.fi", "code", "contract",
            "tag", "fi", "id", "purpose.missing", "purposeKey", "billing", "categoryKey", "contact",
            "recipientKey", "tax");

    // One policy for all handles: a handle of another policy is refused before its arguments are looked at.
    private static final PurposePolicy POLICY = policy();

    static {
        put(String.class, () -> "contact");
        put(CharSequence.class, () -> "contact");
        put(Object.class, () -> "contact");
        put(Optional.class, Optional::empty);
        put(List.class, List::of);
        put(Collection.class, List::of);
        put(Set.class, Set::of);
        put(Map.class, Map::of);
        put(LocalDate.class, () -> LocalDate.of(2026, 1, 1));
        put(Instant.class, () -> Instant.parse("2026-01-01T00:00:00Z"));
        put(Period.class, () -> Period.ofYears(1));
        put(Duration.class, () -> Duration.ofDays(1));
        put(Clock.class, () -> Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        put(Class.class, () -> Topic.class);
        put(Runnable.class, () -> (Runnable) () -> { });
        put(Supplier.class, () -> (Supplier<Object>) () -> "result");
        put(Predicate.class, () -> (Predicate<Object>) x -> false);
        put(Function.class, () -> (Function<Object, Object>) x -> x);

        put(LocalizedText.class, () -> LocalizedText.fi("Teksti"));
        put(RegisterPath.class, () -> RegisterPath.of("purposes").index(0).property("legalBasis"));
        put(BusinessId.class, () -> BusinessId.parse("2135102-9"));
        put(PersonalIdentityCode.class, () -> PersonalIdentityCode.parse("131052-308T"));
        put(fi.rekisteri.core.identifier.PersonalIdentityCodeFinder.class,
                fi.rekisteri.core.identifier.PersonalIdentityCodeFinder::inText);
        put(ContactDetails.class, () -> ContactDetails.none().withEmail("tietosuoja@example.fi"));
        put(ContactPoint.class, () -> ContactPoint.of("Tietosuojavastaava", ContactDetails.none()));
        put(PostalAddress.class, () -> PostalAddress.of("Peninkulma 15", "90810", "Kiviniemi"));
        put(Organisation.class, () -> Organisation.of("Esimerkki Oy", ContactDetails.none()));
        put(fi.rekisteri.core.JointControl.class, () -> fi.rekisteri.core.JointControl.of(
                List.of(Organisation.of("Kumppani Oy", ContactDetails.none())), LocalizedText.fi("Vastuunjako")));
        put(fi.rekisteri.core.RightsRestriction.class, () -> fi.rekisteri.core.RightsRestriction.of(
                fi.rekisteri.core.DataSubjectRight.ERASURE, LocalizedText.fi("Arkistoitava")));
        put(fi.rekisteri.core.DocumentMetadata.class, fi.rekisteri.core.DocumentMetadata::none);
        put(DataSubjectCategory.class, () -> DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")));
        put(DataCategory.class, () -> DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")));
        put(Purpose.class, () -> purpose().build());
        put(Purpose.Builder.class, Samples::purpose);
        put(Disclosure.class, () -> Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "contact"));
        put(RetentionRule.class, () -> RetentionRule.of(Retention.criteria(LocalizedText.fi("Kauden ajan")),
                "contact"));
        put(Register.class, Samples::register);
        put(CategoryHierarchy.class, () -> register().categoryHierarchy());
        put(Register.Builder.class, () -> register().toBuilder());
        // The sealed variants are samples here, not yet subjects of the test (see NullArgumentsTest).
        put(LegalBasis.class, LegalBasis::contract);
        put(Source.class, () -> Source.Internal.of(LocalizedText.fi("Asiakashistoria")));
        put(Transfers.class, Transfers::none);
        put(Retention.class, () -> Retention.criteria(LocalizedText.fi("Kauden ajan")));
        put(AutomatedDecisionMaking.class, AutomatedDecisionMaking::none);

        put(ComplianceReport.class, () -> Compliance.check(register(), DocumentType.ART_13_NOTICE));
        put(TransferCountries.class, TransferCountries::current);

        put(SubjectId.class, () -> SubjectId.of("customer-4711"));
        put(fi.rekisteri.core.policy.PseudonymKey.class, fi.rekisteri.core.policy.PseudonymKey::generate);
        put(SubjectState.class, () -> SubjectState.of(SubjectId.of("customer-4711")));
        put(java.util.UUID.class, () -> java.util.UUID.fromString("8f51a1ec-209e-5ff6-8080-2e101ba748b2"));
        put(fi.rekisteri.core.policy.ConsentRecords.class, () -> fi.rekisteri.core.policy.ConsentRecords.of(
                register().toBuilder().controller(Organisation.of("Esimerkki Oy", BusinessId.parse("2135102-9"),
                                ContactDetails.none()))
                        .metadata(fi.rekisteri.core.DocumentMetadata.of("1", LocalDate.of(2026, 1, 1))).build(),
                fi.rekisteri.core.policy.PseudonymKey.generate()));
        put(SubjectState.Builder.class, () -> SubjectState.builder(SubjectId.of("customer-4711")));
        put(PurposePolicy.class, () -> POLICY);
        put(fi.rekisteri.core.identifier.BusinessIdValidator.class,
                fi.rekisteri.core.identifier.BusinessIdValidator::new);
        put(fi.rekisteri.core.identifier.PersonalIdentityCodeValidator.class,
                fi.rekisteri.core.identifier.PersonalIdentityCodeValidator::new);
        put(fi.rekisteri.core.policy.PurposeHandle.class, () -> POLICY.purpose("billing"));
        put(fi.rekisteri.core.policy.CategoryHandle.class, () -> POLICY.category("contact"));
        put(fi.rekisteri.core.policy.SubjectCategoryHandle.class, () -> POLICY.subjectCategory("customer"));
        put(fi.rekisteri.core.policy.RetentionSchedule.class, POLICY::retention);
        put(ProcessingScope.class, () -> ProcessingScope.of(POLICY, SubjectState.of(SubjectId.of("customer-4711")),
                POLICY.purpose("billing"), "invoice-job"));
        put(ProcessingLog.class, InMemoryProcessingLog::new);
        put(InMemoryProcessingLog.class, InMemoryProcessingLog::new);
        put(Decision.class, Decision::allowed);
        put(Decision.Allowed.class, () -> (Decision.Allowed) Decision.allowed());
        put(Decision.Denied.class, () -> (Decision.Denied) POLICY.check("billing", "unknown"));
        put(TransferDecision.class, () -> new TransferDecision.WithinEea("SE"));
    }

    private Samples() {}

    private static <T> void put(Class<T> type, Supplier<? extends T> sample) {
        BY_TYPE.put(type, sample);
    }

    private static Purpose.Builder purpose() {
        return Purpose.builder("billing", LocalizedText.fi("Laskutus")).legalBasis(LegalBasis.contract())
                .categories("contact").subjects("customer");
    }

    private static Register register() {
        return Register.builder("customers", LocalizedText.fi("Asiakasrekisteri"),
                        Organisation.of("Esimerkki Oy", ContactDetails.none().withEmail("tietosuoja@example.fi")))
                .subjectCategory(DataSubjectCategory.of("customer", LocalizedText.fi("Asiakkaat")))
                .dataCategory(DataCategory.of("contact", LocalizedText.fi("Yhteystiedot")))
                .dataCategory(DataCategory.of("contact.email", LocalizedText.fi("Sähköposti")))
                .purpose(purpose().build())
                .disclosure(Disclosure.of("tax", LocalizedText.fi("Verohallinto"), "contact").forPurposes("billing"))
                .retention(RetentionRule.of(Retention.criteria(LocalizedText.fi("Asiakkuuden ajan")), "contact"))
                .build();
    }

    private static PurposePolicy policy() {
        return PurposePolicy.compile(register());
    }

    /** Whether there is a sample of the type. */
    static boolean has(Class<?> type) {
        return type.isPrimitive() || type.isArray() || type.isEnum() || BY_TYPE.containsKey(type)
                || (type.isRecord() && canonical(type).map(Samples::hasAll).orElse(false));
    }

    /** A sample for a parameter, taking its name into account for strings. */
    static Object of(Parameter parameter) {
        if (parameter.getType() == String.class && STRINGS_BY_NAME.containsKey(parameter.getName())) {
            return STRINGS_BY_NAME.get(parameter.getName());
        }
        return of(parameter.getType());
    }

    /** A sample of a type. */
    static Object of(Class<?> type) {
        if (type.isPrimitive()) {
            return primitive(type);
        }
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        Supplier<?> sample = BY_TYPE.get(type);
        if (sample != null) {
            return sample.get();
        }
        if (type.isRecord()) {
            Constructor<?> constructor = canonical(type)
                    .orElseThrow(() -> new AssertionError("no public canonical constructor of " + type.getName()));
            Object[] arguments = new Object[constructor.getParameterCount()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = of(constructor.getParameters()[i]);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot make a sample " + type.getName() + ": add one to Samples", e);
            }
        }
        throw new AssertionError("no sample of " + type.getName() + ": add one to Samples");
    }

    private static boolean hasAll(Constructor<?> constructor) {
        for (Class<?> type : constructor.getParameterTypes()) {
            if (!has(type)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Constructor<?>> canonical(Class<?> record) {
        Class<?>[] types = java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return Optional.of(record.getConstructor(types));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'A';
        }
        if (type == long.class) {
            return 2L;
        }
        if (type == double.class) {
            return 2.0;
        }
        return 2;
    }
}
