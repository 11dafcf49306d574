package fi.rekisteri.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The web shop: {@code java -jar target/spring-boot-shop.jar}, or {@code mvn spring-boot:run} in this module. It
 * schedules the {@link RetentionSchedule retention sweep}.
 */
@SpringBootApplication
@EnableScheduling
public class ShopApplication {

    /** Starts the shop on port 8080 (H2 in memory; {@code --spring.profiles.active=postgresql} for PostgreSQL). */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
