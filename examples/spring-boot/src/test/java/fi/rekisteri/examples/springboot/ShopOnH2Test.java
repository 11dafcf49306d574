package fi.rekisteri.examples.springboot;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The shop on its default database, H2 in memory. */
@SpringBootTest
// The guard and the pseudonym key are process-wide: one application context at a time.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopOnH2Test extends ShopContract {}
