package fi.rekisteri.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.Register;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usage {@link RekisteriPersistence}'s Javadoc shows compiles and gives a working persistence unit. */
class RekisteriPersistenceTest {

    private static final Path SOURCE = Path.of("src/main/java/fi/rekisteri/jpa/RekisteriPersistence.java");

    @Test
    void theJavadocShowsTheLineThisTestRuns() throws IOException {
        // The line below, as the class's Javadoc shows it.
        assertEquals(List.of("RekisteriPersistence.managedClasses().forEach(configuration::managedClass);"),
                javadocCode());
    }

    @Test
    void aPersistenceConfigurationGivenTheManagedClassesThatWayKeepsRegisters() {
        PersistenceConfiguration configuration = new PersistenceConfiguration("javadoc-usage")
                .property(PersistenceConfiguration.JDBC_URL, TestDatabase.H2.freshDatabase())
                .property(PersistenceConfiguration.JDBC_USER, TestDatabase.H2.user())
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create");
        RekisteriPersistence.managedClasses().forEach(configuration::managedClass);
        try (EntityManagerFactory emf = configuration.createEntityManagerFactory()) {
            Register register = SampleRegisters.full("javadoc");
            RegisterStore store = RegisterStore.of(emf);
            store.save(register, 0);
            assertEquals(register, store.find("javadoc").orElseThrow().register());
        }
    }

    /** The lines of the {@code <pre>{@code …}</pre>} blocks of the class's Javadoc, without the comment's stars. */
    private static List<String> javadocCode() throws IOException {
        List<String> code = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            String text = line.strip().replaceFirst("^\\* ?", "");
            if (text.equals("<pre>{@code")) {
                inCode = true;
            } else if (text.equals("}</pre>")) {
                inCode = false;
            } else if (inCode) {
                code.add(text);
            }
        }
        return code;
    }
}
