package fi.rekisteri.export.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyEntry;
import fi.rekisteri.export.DpvTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every DPV term of the default taxonomy is a class DPV 2.3 defines, so exports never name a made-up term. */
class TaxonomyDpvTermsTest {

    private static final Map<String, String> PREFIXES = Map.of(
            "dpv", "https://w3id.org/dpv#",
            "pd", "https://w3id.org/dpv/pd#");

    @Test
    void everyDpvTermOfTheDefaultTaxonomyIsADpvClass() {
        DpvTerms dpv = DpvTerms.release();
        List<String> missing = new ArrayList<>();
        for (TaxonomyEntry entry : Taxonomy.defaults().entries()) {
            entry.dpvTerm().ifPresent(term -> {
                String prefix = term.substring(0, term.indexOf(':'));
                String base = PREFIXES.get(prefix);
                String iri = base == null ? term : base + term.substring(term.indexOf(':') + 1);
                if (!dpv.kind(iri).equals(java.util.Optional.of(DpvTerms.Kind.CLASS))) {
                    missing.add(entry.key() + " " + term);
                }
            });
        }
        assertEquals(List.of(), missing, "terms not in " + dpv.releaseName());
    }
}
