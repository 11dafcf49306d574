package fi.rekisteri.export.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.export.ReadLimits;
import fi.rekisteri.export.RegisterFormat;
import fi.rekisteri.export.internal.format.Node.Location;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A path leads to its node by its segments, or to the nearest node the document has on the way. */
class NodeNearestTest {

    private static final Node ROOT = NodeParser.parse(new StringReader("""
            key: r
            purposes:
              - key: a
              - key: b
                categories: [contact, phone]
            """), "r.yaml", RegisterFormat.YAML, ReadLimits.defaults());

    private static Location at(String path) {
        return ROOT.nearest(RegisterPath.parse(path)).location();
    }

    @Test
    void findsTheNodeAPathNames() {
        assertEquals(new Location(1, 6), at("key"));
        assertEquals(new Location(4, 10), at("purposes[1].key"));
        assertEquals(new Location(5, 27), at("purposes[1].categories[1]"));
        assertSame(ROOT, ROOT.nearest(RegisterPath.root()));
    }

    @Test
    void stopsAtTheNearestNodeTheDocumentHas() {
        assertEquals(at("purposes[0]"), at("purposes[0].legalBasis.law"));
        assertEquals(at("purposes[1].categories"), at("purposes[1].categories[5]"));
        assertEquals(at("purposes"), at("purposes.key"));
        assertEquals(at("key"), at("key[0]"));
        assertSame(ROOT, ROOT.nearest(RegisterPath.parse("sources[0]")));
    }
}
