package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** examples/mainostakomo/register.yaml holds what the seed statement says, and only that. */
class SeedRegisterTest {

    private static final Register SEED = TestRegisters.seed();

    @Test
    void namesTheControllerAndTheContactAsTheSeedDoes() {
        assertEquals("Kotisivutaivas Oy", SEED.controller().name().text(Language.FI));
        assertEquals("2135102-9", SEED.controller().businessId().orElseThrow().toString());
        assertEquals("Peninkulma 15, 90810 Kiviniemi", SEED.controller().contact().address().orElseThrow().oneLine());
        assertEquals("044 596 2025", SEED.controller().contact().phone().orElseThrow());
        assertEquals("info@mainostakomo.com", SEED.contactPoint().orElseThrow().contact().email().orElseThrow());
    }

    @Test
    void keysTheSixPurposesInTheSeedsOrderWithoutInventingLegalBases() {
        assertEquals(List.of("billing", "technical-support", "administration", "customer-relationship",
                "incident-notification", "direct-marketing"), SEED.purposes().stream().map(Purpose::key).toList());
        assertTrue(SEED.purposes().stream().allMatch(p -> p.legalBasis().isEmpty()), "the seed states no bases");
        assertTrue(SEED.purpose("direct-marketing").orElseThrow().directMarketing());
    }

    @Test
    void marksOnlyTheIdentityCodeCategoryAsHoldingPersonalIdentityCodes() {
        List<String> marked = SEED.dataCategories().stream()
                .filter(c -> c.is(Sensitivity.PERSONAL_IDENTITY_CODE)).map(DataCategory::key).toList();
        assertEquals(List.of("identifier"), marked);
        assertEquals("asiakkaan henkilötunnus tai y-tunnus",
                SEED.dataCategory("identifier").orElseThrow().name().text(Language.FI));
        assertEquals(6, SEED.dataCategories().size());
        assertFalse(SEED.subjectCategories().isEmpty());
    }

    @Test
    void listsThreeOwnSourcesAndFourExternalOnes() {
        List<Source> sources = SEED.sources();
        assertEquals(3, sources.stream().filter(s -> !(s instanceof Source.External)).count());
        assertEquals(List.of("YTJ (Yritys- ja yhteisötietojärjestelmä)", "Patentti ja rekisterihallituksen Yhdistysnetti",
                        "Suomen Asiakastieto Oy", "Fonecta Oy"),
                sources.stream().filter(s -> s instanceof Source.External)
                        .map(s -> ((Source.External) s).name().text(Language.FI)).toList());
    }

    @Test
    void keepsTheDisclosureTransferAndSecurityStatementsVerbatim() {
        assertEquals("Henkilötietoja voidaan luovuttaa Suomen lain edellyttämässä ja sallimissa rajoissa.",
                SEED.introduction(Topic.DISCLOSURES).orElseThrow().text(Language.FI));
        assertTrue(SEED.disclosures().isEmpty());
        Transfers.None none = (Transfers.None) SEED.transfers().orElseThrow();
        assertEquals("Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.", none.statement().orElseThrow().text(Language.FI));
        assertEquals("Manuaalinen aineisto säilytetään aina lukituissa tiloissa ja tuhoaan DIN 32757 -standardin"
                + " mukaiseksi paperisilpuksi", SEED.security().manual().orElseThrow().text(Language.FI));
        assertTrue(SEED.retention().isEmpty(), "the seed states no retention");
    }
}
