package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.SpecialCategoryCondition;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The format's documentation names every code the reader accepts, so that a new variant is documented. */
class FormatDocumentTest {

    @Test
    void namesEveryCodeOfEveryClosedChoice() throws IOException {
        // Surefire runs in the module's directory.
        String doc = Files.readString(Path.of("docs", "register-format.md"));
        List<String> missing = Stream.of(Coded.codes(LegalBasis.Kind.class), Coded.codes(Source.Kind.class), Coded.codes(Transfers.Kind.class),
                        Coded.codes(AutomatedDecisionMaking.Kind.class), Coded.codes(RecipientRole.class), Coded.codes(Safeguard.class),
                        Coded.codes(SpecialCategoryCondition.class), Coded.codes(IdentityCodeGround.class), Coded.codes(Sensitivity.class),
                        Coded.codes(Topic.class))
                .flatMap(List::stream)
                .filter(code -> !doc.contains("`" + code + "`") && !doc.contains("type: " + code))
                .distinct()
                .toList();
        assertEquals(List.of(), missing);
    }
}
