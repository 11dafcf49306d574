package fi.rekisteri.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    @Test
    void idsAreUniqueDottedKeysAndFindTheirRule() {
        Set<String> seen = new HashSet<>();
        for (Rule rule : Rule.values()) {
            assertTrue(ID.matcher(rule.id()).matches(), rule.id());
            assertTrue(seen.add(rule.id()), rule.id());
            assertEquals(rule, Rule.ofId(rule.id()));
            assertFalse(rule.legalReference().isBlank(), rule.id());
            assertFalse(rule.documentTypes().isEmpty(), rule.id() + " applies to no document type");
        }
    }

    @Test
    void rejectsAnUnknownIdNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rule.ofId("purpose.basis"));
        assertTrue(e.getMessage().contains("'purpose.basis'"), e.getMessage());
    }

    @Test
    void classicStatementDemandsNeitherLegalBasesNorRetention() {
        assertEquals(Optional.empty(), Rule.PURPOSE_LEGAL_BASIS.severity(DocumentType.REKISTERISELOSTE));
        assertEquals(Optional.empty(), Rule.DATA_CATEGORY_RETENTION.severity(DocumentType.REKISTERISELOSTE));
        assertEquals(Optional.of(Severity.ERROR), Rule.PURPOSE_LEGAL_BASIS.severity(DocumentType.ART_13_NOTICE));
        assertEquals(Optional.of(Severity.WARNING), Rule.DATA_CATEGORY_RETENTION.severity(DocumentType.ART_30_RECORD));
    }

    @Test
    void listsTheRulesOfADocumentTypeInDeclarationOrder() {
        List<Rule> classic = Rule.applicableTo(DocumentType.REKISTERISELOSTE);
        assertEquals(Rule.DOCUMENT_SUPERSEDED, classic.get(0));
        assertFalse(classic.contains(Rule.PURPOSE_LEGAL_BASIS));
        assertTrue(Rule.applicableTo(DocumentType.ART_13_NOTICE).contains(Rule.PROVISION_REQUIREMENT_MISSING));
        int total = 0;
        for (DocumentType type : DocumentType.values()) {
            total += Rule.applicableTo(type).size();
        }
        assertEquals(Arrays.stream(Rule.values()).mapToInt(rule -> rule.documentTypes().size()).sum(), total);
    }

    @Test
    void onlyTheArt13NoticeAsksWhetherDataMustBeProvided() {
        assertEquals(Set.of(DocumentType.ART_13_NOTICE), Rule.PROVISION_REQUIREMENT_MISSING.documentTypes());
        assertTrue(Arrays.stream(DocumentType.values()).allMatch(Rule.LEGACY_REFERENCE::appliesTo));
    }
}
