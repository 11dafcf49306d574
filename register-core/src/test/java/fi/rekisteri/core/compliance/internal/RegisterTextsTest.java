package fi.rekisteri.core.compliance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The walk over a register's texts reaches every {@link LocalizedText} the model holds: compared with a reflective
 * walk of the whole object graph, so a text added to the model later and not to the walk fails here.
 */
class RegisterTextsTest {

    private int counter;

    private LocalizedText t() {
        return LocalizedText.fi("T" + ++counter);
    }

    private Register.Builder everyText() {
        Register.Builder builder = Register.builder("r", t(), Organisation.of("Esimerkki Oy", ContactDetails.none()));
        for (Topic topic : Topic.values()) {
            builder.introduction(topic, t());
        }
        return builder
                .subjectCategory(DataSubjectCategory.of("customer", t()).withDescription(t()))
                .dataCategory(DataCategory.of("contact", t()).withDescription(t()))
                .purpose(Purpose.builder("a", t()).description(t()).legalBasis(LegalBasis.consent(t()))
                        .directMarketing().objection(t()).criminalDataAuthorisation(t()).build())
                .purpose(Purpose.builder("b", t()).legalBasis(LegalBasis.legalObligation(t())).build())
                .purpose(Purpose.builder("c", t()).legalBasis(LegalBasis.publicTask(t())).build())
                .purpose(Purpose.builder("d", t()).legalBasis(LegalBasis.legitimateInterests(t())).build())
                .source(Source.DataSubject.of(t()))
                .source(Source.Internal.of(t()))
                .source(Source.External.of(t()).withSupplies(t()).withReason(t()))
                .disclosure(Disclosure.of("x", t(), "contact").withBasis(t()))
                .retention(RetentionRule.of(Retention.after(Period.ofYears(1), t()), "contact"))
                .retention(RetentionRule.of(Retention.criteria(t()), "contact"))
                .security(SecurityMeasures.none().withGeneral(t()).withManual(t()).withElectronic(t()))
                .automatedDecisionMaking(AutomatedDecisionMaking.used(t()))
                .provisionRequirement(t());
    }

    @Test
    void visitsEveryTextOfARegisterWithTransfers() throws ReflectiveOperationException {
        Register register = everyText()
                .transfers(Transfers.of(Transfer.to("US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES)
                        .withRecipient(t()).withSafeguardCopy(t())))
                .build();
        assertVisitsAllTexts(register);
    }

    @Test
    void visitsEveryTextOfARegisterWithoutTransfers() throws ReflectiveOperationException {
        assertVisitsAllTexts(everyText().transfers(Transfers.none(t())).build());
    }

    @Test
    void visitsTextsInStatementOrderWithTheirPaths() {
        Register register = everyText().build();
        Map<String, LocalizedText> visited = new LinkedHashMap<>();
        RegisterTexts.forEach(register, (path, text) -> visited.put(path.toString(), text));
        List<String> paths = new ArrayList<>(visited.keySet());
        assertEquals("name", paths.get(0));
        assertTrue(paths.containsAll(List.of("purposes[0].legalBasis.withdrawal", "purposes[1].legalBasis.law",
                "purposes[3].legalBasis.interests", "sources[2].supplies", "retention[1].retention.criteria",
                "security.electronic", "automatedDecisionMaking.description", "provisionRequirement")));
        assertTrue(paths.indexOf("purposes[0].name") < paths.indexOf("sources[0].description"));
        assertEquals(register.security().manual().orElseThrow(), visited.get("security.manual"));
    }

    private static void assertVisitsAllTexts(Register register) throws ReflectiveOperationException {
        List<LocalizedText> visited = new ArrayList<>();
        Set<RegisterPath> paths = new HashSet<>();
        RegisterTexts.forEach(register, (path, text) -> {
            assertTrue(paths.add(path), "visited twice: " + path);
            assertEquals(path, RegisterPath.parse(path.toString()));
            visited.add(text);
        });
        List<LocalizedText> reachable = new ArrayList<>();
        collect(register, reachable);
        assertEquals(Set.copyOf(reachable), Set.copyOf(visited));
        assertEquals(reachable.size(), visited.size());
    }

    /** Every LocalizedText reachable through the model's records, Optionals, collections and the Register. */
    private static void collect(Object value, List<LocalizedText> found) throws ReflectiveOperationException {
        if (value instanceof LocalizedText text) {
            found.add(text);
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                collect(optional.get(), found);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object element : map.values()) {
                collect(element, found);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record), found);
            }
        } else if (value instanceof Register register) {
            for (Method method : Register.class.getMethods()) {
                if (method.getDeclaringClass() == Register.class && method.getParameterCount() == 0
                        && !Modifier.isStatic(method.getModifiers())
                        && !Set.of("toBuilder", "hashCode", "toString").contains(method.getName())) {
                    collect(method.invoke(register), found);
                }
            }
        }
    }
}
