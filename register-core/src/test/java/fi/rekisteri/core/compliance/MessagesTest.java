package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.compliance.internal.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fi, sv and en bundles hold one message per rule, with the same placeholders, and nothing else. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyBundleHasExactlyOneMessagePerRule() {
        Set<String> ids = new TreeSet<>(Arrays.stream(Rule.values()).map(Rule::id).toList());
        for (Language language : Language.values()) {
            assertEquals(ids, new TreeSet<>(Messages.keys(language)), "keys of messages_" + language.tag());
        }
    }

    @Test
    void translationsUseTheSamePlaceholders() {
        for (Rule rule : Rule.values()) {
            Set<String> finnish = placeholders(pattern(rule, Language.FI));
            for (Language language : Language.values()) {
                assertEquals(finnish, placeholders(pattern(rule, language)), rule.id() + " in " + language);
            }
        }
    }

    @Test
    void everyMessageFormatsCompletelyAndDiffersByLanguage() {
        for (Rule rule : Rule.values()) {
            int count = placeholders(pattern(rule, Language.FI)).size();
            List<LocalizedText> arguments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                arguments.add(LocalizedText.of("arvo" + i, "värde" + i, "value" + i));
            }
            Finding finding = new Finding(rule, Severity.INFO, "", arguments);
            for (Language language : Language.values()) {
                String message = finding.message(language);
                assertFalse(message.contains("{") || message.contains("'"), rule.id() + ": " + message);
                for (int i = 0; i < count; i++) {
                    assertTrue(message.contains(arguments.get(i).text(language)), rule.id() + ": " + message);
                }
            }
            assertNotEquals(finding.message(Language.FI), finding.message(Language.SV), rule.id());
            assertNotEquals(finding.message(Language.FI), finding.message(Language.EN), rule.id());
            assertNotEquals(finding.message(Language.SV), finding.message(Language.EN), rule.id());
        }
    }

    @Test
    void bundlesAreReadAsUtf8() {
        String message = new Finding(Rule.SECURITY_MISSING, Severity.ERROR, "security", List.of())
                .message(Language.FI);
        assertEquals("Rekisterin suojauksen periaatteita ei ole kuvattu.", message);
        assertTrue(new Finding(Rule.TRANSFER_STATEMENT, Severity.ERROR, "transfers", List.of())
                .message(Language.SV).contains("överförs"));
    }

    @Test
    void findingsPrintRuleAndPathButNoRegisterText() {
        Finding finding = new Finding(Rule.PURPOSE_LEGAL_BASIS, Severity.ERROR, "purposes[0].legalBasis",
                List.of(LocalizedText.fi("Matti Meikäläisen laskutus")));
        assertEquals("ERROR purpose.legal-basis at purposes[0].legalBasis", finding.toString());
        assertEquals("WARNING document.superseded at (register)",
                new Finding(Rule.DOCUMENT_SUPERSEDED, Severity.WARNING, "", List.of()).toString());
    }

    private static String pattern(Rule rule, Language language) {
        return Messages.pattern(rule.id(), language);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
