package fi.rekisteri.examples.springboot;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.policy.PseudonymKey;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.RegisterReader;
import fi.rekisteri.jpa.JpaProcessingLog;
import fi.rekisteri.jpa.PersonalDataGuard;
import fi.rekisteri.jpa.LegalHolds;
import fi.rekisteri.jpa.RekisteriPersistence;
import fi.rekisteri.jpa.SubjectAccess;
import fi.rekisteri.jpa.SubjectRequestStore;
import fi.rekisteri.jpa.SubjectStateStore;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * Everything the shop configures once: the register and its compiled policy, the pseudonym key, the processing log,
 * the guard every {@link fi.rekisteri.jpa.PersonalDataListener} records through, and the subjects' state store.
 */
@Configuration(proxyBeanMethods = false)
class RekisteriConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RekisteriConfiguration.class);

    /** The register the shop keeps, read and checked for consistency once; a broken file stops the start-up. */
    @Bean
    Register register(@Value("${shop.register:register.yaml}") String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return RegisterReader.create().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), location,
                    RegisterFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the register " + location, e);
        }
    }

    /** The register compiled for the purpose checks every request makes. */
    @Bean
    PurposePolicy purposePolicy(Register register) {
        return PurposePolicy.compile(register);
    }

    /** The shop's clock: UTC, so the log's and the stores' timestamps compare. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The key subjects' pseudonyms are made with, installed for the application's lifetime: the Base64 key in
     * {@code shop.pseudonym-key} (set it from the deployment's secret store, the same for every instance), or one
     * generated at start-up, so that pseudonyms link only within one run.
     */
    @Bean(destroyMethod = "close")
    PseudonymKey.Installation pseudonymKey(@Value("${shop.pseudonym-key:}") String configured) {
        PseudonymKey key;
        if (configured.isBlank()) {
            key = PseudonymKey.generate();
            LOG.warn("shop.pseudonym-key is not set: pseudonyms are made with a key generated for this run ({})", key);
        } else {
            key = PseudonymKey.fromBase64(configured);
        }
        return key.install();
    }

    /** The processing log, in the shop's own database; each entry in a transaction of its own. */
    @Bean
    JpaProcessingLog processingLog(EntityManagerFactory factory) {
        return JpaProcessingLog.of(factory);
    }

    /**
     * The guard the listener checks and records every entity through, installed for the application's lifetime. It
     * depends on the pseudonym key so that the key is installed first and removed last.
     */
    @Bean(destroyMethod = "close")
    PersonalDataGuard.Installation personalDataGuard(JpaProcessingLog log, Clock clock,
            PseudonymKey.Installation pseudonymKey) {
        return PersonalDataGuard.recordingTo(log).withClock(clock).install();
    }

    /** Consents, objections and restrictions, in the shop's own database. */
    @Bean
    SubjectStateStore subjectStateStore(EntityManagerFactory factory) {
        return SubjectStateStore.of(factory);
    }

    /**
     * Answers access, portability and erasure requests under the register's purpose {@value SubjectAccess#PURPOSE},
     * as the privacy desk. An erasure keeps what a law keeps; the retention sweep's purpose, a legal obligation to
     * erase, keeps nothing, and the customer row stays, its contact details nulled, for the orders kept beside it.
     */
    @Bean
    SubjectAccess subjectAccess(EntityManagerFactory factory, PurposePolicy policy, Clock clock) {
        return SubjectAccess.of(factory, policy, "privacy-desk").withClock(clock)
                .withErasingPurpose(RetentionSchedule.PURPOSE)
                .withRowsKept(Customer.class);
    }

    /** The customers' requests and their deadlines, in the shop's own database. */
    @Bean
    SubjectRequestStore subjectRequestStore(EntityManagerFactory factory) {
        return SubjectRequestStore.of(factory);
    }

    /** The legal holds the retention sweep honours, placed by whoever handles a dispute or an authority's order. */
    @Bean
    LegalHolds legalHolds(EntityManagerFactory factory, Clock clock) {
        return LegalHolds.of(factory).withClock(clock);
    }

    /** The persistence unit's classes: the shop's entities and the library's (log, subject events, registers). */
    @Bean
    PersistenceManagedTypes persistenceManagedTypes() {
        List<String> names = new ArrayList<>(RekisteriPersistence.managedClassNames());
        names.add(Customer.class.getName());
        names.add(DeliveryAddress.class.getName());
        names.add(ShopOrder.class.getName());
        return PersistenceManagedTypes.of(names, List.of());
    }
}
