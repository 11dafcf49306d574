package fi.rekisteri.core.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.internal.RegisterTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MainostakomoRegisterTest {

    /** The section headings of the seed: the document's layout, written by a generator, not facts of the register. */
    private static final Set<String> HEADINGS = Set.of(
            "Rekisterinpitäjä",
            "Yhteystiedot rekisteriä koskevissa asioissa",
            "Rekisterin nimi",
            "Rekisterin käyttötarkoitus",
            "Rekisterin tietosisältö",
            "Säännönmukaiset tietolähteet",
            "Säännönmukaiset tietojen luovutukset",
            "Tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle",
            "Rekisterin suojauksen periaatteet");

    /** "Label: value" lines of the controller and contact sections; the label is layout, the value a fact. */
    private static final Pattern LABELLED =
            Pattern.compile("(?:Nimi|Y-tunnus|Osoite|Puhelin|Sähköpostiosoite): (.+)");

    private final Register register = MainostakomoRegister.create();

    @Test
    void holdsEveryLineOfTheSeedStatement() throws IOException {
        Set<String> facts = facts(register);
        Set<String> headingsSeen = new HashSet<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String raw : seedLines()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (HEADINGS.contains(line)) {
                headingsSeen.add(line);
                continue;
            }
            String fact = line.startsWith("- ") ? line.substring(2) : line;
            Matcher labelled = LABELLED.matcher(fact);
            if (labelled.matches()) {
                fact = labelled.group(1);
            }
            checked++;
            if (!facts.contains(fact) && !facts.contains(withoutFinalPeriod(fact))) {
                missing.add(fact);
            }
        }
        assertEquals(HEADINGS, headingsSeen, "every known heading occurs in the seed");
        assertEquals(List.of(), missing, "seed lines the Java register does not hold");
        assertEquals(36, checked, "fact lines in the seed");
    }

    @Test
    void statesNothingTheSeedDoesNotSay() {
        assertTrue(register.purposes().stream().allMatch(p -> p.legalBasis().isEmpty() && p.categories().isEmpty()));
        assertTrue(register.retention().isEmpty());
        assertTrue(register.dataProtectionOfficer().isEmpty());
        assertTrue(register.disclosures().isEmpty());
        assertTrue(register.automatedDecisionMaking().isEmpty());
        assertTrue(register.provisionRequirement().isEmpty());
    }

    @Test
    void modelsTheSeedsStructure() {
        assertEquals(List.of("billing", "technical-support", "administration", "customer-relationship",
                        "incident-notification", "direct-marketing"),
                register.purposes().stream().map(Purpose::key).toList());
        assertEquals(List.of("direct-marketing"),
                register.purposes().stream().filter(Purpose::directMarketing).map(Purpose::key).toList());
        assertEquals(List.of("identifier"), register.dataCategories().stream()
                .filter(c -> c.is(Sensitivity.PERSONAL_IDENTITY_CODE)).map(DataCategory::key).toList());
        assertEquals(6, register.dataCategories().size());
        assertEquals(4, register.subjectCategories().size());
        assertEquals(List.of("DataSubject", "Internal", "DataSubject", "External", "External", "External",
                "External"), register.sources().stream().map(s -> s.getClass().getSimpleName()).toList());
        assertTrue(register.transfers().orElseThrow() instanceof Transfers.None none && none.statement().isPresent());
        assertTrue(register.introduction(Topic.DISCLOSURES).isPresent());
        assertEquals("2135102-9", register.controller().businessId().orElseThrow().toString());
        assertFalse(register.sources().stream()
                .anyMatch(s -> s instanceof Source.External e && e.supplies().isEmpty() && e.reason().isEmpty()));
    }

    private static Set<String> facts(Register register) {
        Set<String> facts = new LinkedHashSet<>();
        RegisterTexts.forEach(register, (path, text) -> text.values().values()
                .forEach(value -> facts.addAll(List.of(value.split("\n\n")))));
        // An external source is listed as "name: what it supplies" or "name: why it is used".
        for (Source source : register.sources()) {
            if (source instanceof Source.External external) {
                String name = external.name().text(Language.FI);
                external.supplies().ifPresent(s -> facts.add(name + ": " + s.text(Language.FI)));
                external.reason().ifPresent(r -> facts.add(name + ": " + r.text(Language.FI)));
            }
        }
        Organisation controller = register.controller();
        facts.add(controller.name().text(Language.FI));
        controller.businessId().ifPresent(id -> facts.add(id.toString()));
        contact(facts, controller.contact());
        register.contactPoint().ifPresent(point -> {
            facts.add(point.name());
            contact(facts, point.contact());
        });
        register.dataProtectionOfficer().map(ContactPoint::name).ifPresent(facts::add);
        return facts;
    }

    private static void contact(Set<String> facts, ContactDetails details) {
        details.address().ifPresent(address -> facts.add(address.oneLine()));
        details.phone().ifPresent(facts::add);
        details.email().ifPresent(facts::add);
        details.website().ifPresent(facts::add);
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> seedLines() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                MainostakomoRegisterTest.class.getResourceAsStream("/seed/mainostakomo-rekisteriseloste.txt"),
                "seed text on the test class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
