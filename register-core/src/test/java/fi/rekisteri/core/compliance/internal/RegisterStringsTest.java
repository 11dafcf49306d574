package fi.rekisteri.core.compliance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.DocumentMetadata;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The walk over a register's plain strings reaches every string the model holds but the codes it validates and the
 * references to keys: compared with a reflective walk of the whole object graph, so a string field added to the
 * model later and not to the walk (nor named here as a code or a reference) fails here, and goes unsearched for
 * identity codes.
 */
class RegisterStringsTest {

    /** Record components that hold codes the model validates, or references to keys defined elsewhere. */
    private static final Set<String> NOT_FREE = Set.of("PostalAddress.country", "Transfer.country",
            "Disclosure.country", "Cookie.providerCountry", "Purpose.categories", "Purpose.subjects",
            "DataCategory.subjects", "Disclosure.categories", "Disclosure.purposes", "Cookie.purposes",
            "RetentionRule.categories", "Transfer.categories", "DataSubject.categories", "Internal.categories",
            "External.categories", "Problem.message");

    private static ContactDetails contact(String tag) {
        return ContactDetails.none()
                .withAddress(new PostalAddress(Optional.of(tag + " street 1"), Optional.of(tag + " PL 2"),
                        Optional.of(tag.length() + "0100"), tag + " city", "FI"))
                .withVisitingAddress(PostalAddress.of(tag + " visit 3", "00100", tag + " town"))
                .withPhone("+358 40 " + tag.length() + "00 000" + tag.length()).withEmail(tag + "@example.fi")
                .withWebsite("https://example.fi/" + tag);
    }

    private static Register.Builder everyString() {
        LocalizedText t = LocalizedText.fi("T");
        return Register.builder("register-key", t,
                        Organisation.of("Oy", contact("controller")).withInvalidBusinessId("2135102-8"))
                .representative(Organisation.of("Rep", contact("representative")))
                .jointControl(JointControl.of(List.of(Organisation.of("Joint", contact("joint"))), t)
                        .withContactPoint(ContactPoint.of("joint point", contact("jointpoint"))))
                .contactPoint(ContactPoint.of("first point", contact("first")))
                .contactPoint(ContactPoint.of("second point", contact("second")))
                .subjectCategory(DataSubjectCategory.of("subject-key", t))
                .dataCategory(DataCategory.of("category-key", t))
                .purpose(Purpose.builder("purpose-key", t).legalBasis(LegalBasis.consent(t))
                        .categories("category-key").subjects("subject-key").build())
                .disclosure(Disclosure.of("disclosure-key", t, "category-key"))
                .transfers(Transfers.of(Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(1), t), "category-key")
                        .withEvent("event-key"))
                .cookie(Cookie.of("cookie-key", "COOKIE_NAME", t))
                .metadata(DocumentMetadata.of("version 1.2", LocalDate.of(2026, 1, 1)))
                .acknowledgement(Acknowledgement.of("some.rule", "purposes[0].name", "the reason", "the person",
                        LocalDate.of(2026, 1, 1)));
    }

    @Test
    void visitsEveryFreeStringOfARegisterWithAnOfficer() throws ReflectiveOperationException {
        assertVisitsAllStrings(everyString().dataProtectionOfficer(ContactPoint.of("officer", contact("officer")))
                .build());
    }

    @Test
    void visitsEveryFreeStringOfARegisterWithoutOne() throws ReflectiveOperationException {
        assertVisitsAllStrings(everyString().noDataProtectionOfficer("the reason for none").build());
    }

    private static void assertVisitsAllStrings(Register register) throws ReflectiveOperationException {
        List<String> visited = new ArrayList<>();
        Set<RegisterPath> paths = new HashSet<>();
        RegisterStrings.forEach(register, (path, value) -> {
            assertTrue(paths.add(path), "visited twice: " + path);
            assertEquals(path, RegisterPath.parse(path.toString()));
            visited.add(value);
        });
        List<String> reachable = new ArrayList<>();
        collect(register, "Register", reachable);
        assertEquals(reachable.stream().sorted().toList(), visited.stream().sorted().toList());
    }

    /** Every free string reachable through the model's records, Optionals, collections and the Register. */
    private static void collect(Object value, String field, List<String> found) throws ReflectiveOperationException {
        if (value instanceof String text) {
            if (!NOT_FREE.contains(field)) {
                found.add(text);
            }
        } else if (value instanceof RegisterPath path) {
            if (!path.isRoot()) {
                found.add(path.toString());
            }
        } else if (value instanceof LocalizedText) {
            // RegisterTexts visits those.
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                collect(optional.get(), field, found);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, field, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                collect(element, field, found);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record),
                        record.getClass().getSimpleName() + "." + component.getName(), found);
            }
        } else if (value instanceof Register register) {
            for (Method method : Register.class.getMethods()) {
                if (method.getDeclaringClass() == Register.class && method.getParameterCount() == 0
                        && !Modifier.isStatic(method.getModifiers())
                        && !Set.of("toBuilder", "hashCode", "toString", "contactPoint").contains(method.getName())) {
                    collect(method.invoke(register), "Register." + method.getName(), found);
                }
            }
        }
    }
}
