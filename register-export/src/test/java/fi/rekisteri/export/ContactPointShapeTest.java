package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Register;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A register's contact points are read from {@code contactPoint:} (one) or {@code contactPoints:} (a list) and always
 * written the same way for the same model: one as {@code contactPoint:}, several as {@code contactPoints:}.
 */
class ContactPointShapeTest {

    private static final ContactPoint PLAIN = ContactPoint.of("Asiakaspalvelu",
            ContactDetails.none().withEmail("asiakaspalvelu@example.fi"));
    private static final ContactPoint WITH_ROLE = ContactPoint.of("Jäsensihteeri",
            LocalizedText.of("Jäsenasiat", "Medlemsärenden", "Membership"),
            ContactDetails.none().withPhone("040 123 4567"));

    private static Register with(List<ContactPoint> points) {
        return Register.builder("contacts", LocalizedText.fi("Yhteystiedot"),
                Organisation.of("Esimerkki Oy", ContactDetails.none())).replaceContactPoints(points).build();
    }

    @Test
    void writesOneContactPointAsTheSingleFormWithOrWithoutItsRole() {
        for (ContactPoint point : List.of(PLAIN, WITH_ROLE)) {
            String yaml = RegisterWriter.write(with(List.of(point)), RegisterFormat.YAML);
            assertTrue(yaml.contains("\ncontactPoint:\n"), yaml);
            assertFalse(yaml.contains("contactPoints:"), yaml);
        }
        String yaml = RegisterWriter.write(with(List.of(WITH_ROLE)), RegisterFormat.YAML);
        assertTrue(yaml.contains("  role:\n    fi: Jäsenasiat\n"), yaml);
    }

    @Test
    void writesSeveralAsTheListAndNoneAsNeither() {
        String several = RegisterWriter.write(with(List.of(PLAIN, WITH_ROLE)), RegisterFormat.YAML);
        assertTrue(several.contains("\ncontactPoints:\n  - name: Asiakaspalvelu\n"), several);
        assertFalse(several.contains("contactPoint:"), several);
        String none = RegisterWriter.write(with(List.of()), RegisterFormat.YAML);
        assertFalse(none.contains("contactPoint"), none);
    }

    @Test
    void readsAOneItemListAsTheSameModelAsTheSingleForm() {
        String head = "formatVersion: 1\nkey: contacts\nname: {fi: Yhteystiedot}\ncontroller:\n  name: Esimerkki Oy\n";
        String point = "name: Jäsensihteeri\n  role: {fi: Jäsenasiat, sv: Medlemsärenden, en: Membership}\n"
                + "  phone: 040 123 4567\n";
        Register single = RegisterReader.create().read(head + "contactPoint:\n  " + point, "single.yaml",
                RegisterFormat.YAML);
        Register list = RegisterReader.create().read(head + "contactPoints:\n- " + point, "list.yaml",
                RegisterFormat.YAML);
        assertEquals(with(List.of(WITH_ROLE)), single);
        assertEquals(single, list);
        assertEquals(RegisterWriter.write(single, RegisterFormat.YAML), RegisterWriter.write(list, RegisterFormat.YAML));
    }

    /** convert → read → convert gives the same bytes, whichever shape the first file had. */
    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void convertingAConvertedRegisterChangesNothing(RegisterFormat format) {
        for (Register register : List.of(with(List.of()), with(List.of(PLAIN)), with(List.of(WITH_ROLE)),
                with(List.of(PLAIN, WITH_ROLE)), TestRegisters.maximal(), TestRegisters.parties(),
                TestRegisters.alternatives(), TestRegisters.dataFlows(), TestRegisters.seed())) {
            String once = RegisterWriter.write(register, format);
            String twice = RegisterWriter.write(RegisterReader.create().read(once, "once." + format, format), format);
            assertEquals(once, twice, register.key());
        }
    }
}
