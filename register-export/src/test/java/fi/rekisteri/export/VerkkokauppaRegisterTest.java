package fi.rekisteri.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.compliance.Compliance;
import fi.rekisteri.core.compliance.ComplianceReport;
import fi.rekisteri.core.compliance.DocumentType;
import fi.rekisteri.core.policy.Erasure;
import fi.rekisteri.core.policy.PurposePolicy;
import fi.rekisteri.export.document.DocumentFormat;
import fi.rekisteri.export.document.Documents;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * examples/verkkokauppa/register.yaml: a web shop with cookies, joint controllers, US processors and retention in
 * minutes; its check output for each document type.
 */
class VerkkokauppaRegisterTest {

    private static final Register SHOP = RegisterReader.create().read(
            TestRegisters.resource("/verkkokauppa/register.yaml"), "register.yaml", RegisterFormat.YAML);

    private static List<String> lines(ComplianceReport report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.rule().id() + " " + f.path()).toList();
    }

    @Test
    void itsArticle13NoticeHasOnlyTheAlternativeBasesToFix() {
        assertEquals(List.of(
                "INFO dpo.missing dataProtectionOfficer",
                "WARNING purpose.alternative-bases purposes[2].alternativeLegalBases"),
                lines(Compliance.check(SHOP, DocumentType.ART_13_NOTICE)));
    }

    @Test
    void itsArticle30RecordAndClassicStatement() {
        assertEquals(List.of(
                "INFO dpo.missing dataProtectionOfficer",
                "WARNING purpose.alternative-bases purposes[2].alternativeLegalBases"),
                lines(Compliance.check(SHOP, DocumentType.ART_30_RECORD)));
        assertEquals(List.of("INFO document.superseded "),
                lines(Compliance.check(SHOP, DocumentType.REKISTERISELOSTE)));
    }

    /** The example is the one that shows cookies of every kind and joint controllers; these facts are why. */
    @Test
    void hasCookiesOfEveryKindAndJointControllersWithTheirArrangement() {
        List<Cookie> cookies = SHOP.cookies();
        assertTrue(cookies.stream().anyMatch(c -> c.strictlyNecessary() && !c.thirdParty()), "a necessary own cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.lifetime().map(CookieLifetime::isSession).orElse(false)),
                "a session cookie");
        Cookie analytics = cookies.stream().filter(Cookie::thirdParty).findFirst().orElseThrow();
        assertFalse(analytics.strictlyNecessary());
        assertEquals(Optional.of(CookieLifetime.of(Period.ofMonths(13))), analytics.lifetime());
        assertEquals(Optional.of(LocalizedText.fi("Analytiikkapalvelun tarjoaja")), analytics.provider());
        assertEquals(Optional.of("US"), analytics.providerCountry());
        assertTrue(((Transfers.ThirdCountries) SHOP.transfers().orElseThrow()).transfers().stream()
                .anyMatch(t -> t.country().equals("US") && t.recipient().equals(analytics.provider())),
                "the third-country provider is among the transfers");

        JointControl joint = SHOP.jointControl().orElseThrow();
        assertEquals(List.of("Kahvila Kuusisto Oy"),
                joint.controllers().stream().map(o -> o.name().text(Language.FI)).toList());
        assertTrue(joint.essence().orElseThrow().text(Language.FI).contains("vastaa rekisteröityjen pyyntöihin"));
        assertEquals("tietosuoja@kahvipaahtimo.example",
                joint.contactPoint().orElseThrow().contact().email().orElseThrow());
    }

    @Test
    void readsBackWhatItWrites() {
        for (RegisterFormat format : RegisterFormat.values()) {
            assertEquals(SHOP, RegisterReader.create().read(RegisterWriter.write(SHOP, format), "again", format));
        }
    }

    @Test
    void theNoticeHasACookieSectionAndEachItemsProvision() {
        String notice = Documents.renderToString(Documents.outline(SHOP, DocumentType.ART_13_NOTICE, Language.FI),
                DocumentFormat.TEXT);
        assertTrue(notice.contains("Evästeet ja vastaavat tekniikat"), notice);
        assertTrue(notice.contains("_ma_id – Erottaa kävijät toisistaan kävijämäärien laskemiseksi."), notice);
        assertTrue(notice.contains("Voimassa: selainistunnon ajan"), notice);
        assertTrue(notice.contains("Puhelinnumero: vapaaehtoinen tieto."), notice);
        assertTrue(notice.contains("Kertakäyttöiset kirjautumiskoodit: 10 minuuttia tietojen keräämisestä"),
                notice);
        assertTrue(notice.contains("EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework), johon vastaanottaja on sertifioitunut"), notice);
    }

    @Test
    void loginCodesAreDueTheDayAfterTheyWereMade() {
        LocalDate issued = LocalDate.of(2026, 12, 1);
        Erasure erasure = PurposePolicy.compile(SHOP).retention().erasure("login", issued);
        assertEquals(issued.plusDays(1), ((Erasure.Due) erasure).dueOn());
    }
}
