package fi.rekisteri.core.seed;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;

/**
 * The seed register — Mainostakomo's rekisteriseloste ({@code seed/mainostakomo-rekisteriseloste.txt}) — built in
 * Java with every fact the statement gives and nothing it does not: no legal bases, no retention, no data protection
 * officer, no named recipients, no link between purposes and data. Texts are verbatim, the original's typos included
 * ("tuhoaan"), and so is the line where the list of own sources runs into the lead-in of the external ones. The names
 * of the four subject groups are ours: the statement lists the groups only as data.
 */
public final class MainostakomoRegister {

    private MainostakomoRegister() {}

    /** The seed register. */
    public static Register create() {
        Organisation controller = Organisation.of("Kotisivutaivas Oy", BusinessId.parse("2135102-9"),
                ContactDetails.none()
                        .withAddress(PostalAddress.of("Peninkulma 15", "90810", "Kiviniemi"))
                        .withPhone("044 596 2025"));
        return Register.builder("mainostakomo-customers",
                        fi("Mainostakomon internetpalvelujen asiakastietorekisteri"), controller)
                .contactPoint(ContactPoint.of("Mainostakomo", ContactDetails.none()
                        .withEmail("info@mainostakomo.com")
                        .withPhone("044 596 2025")))

                .introduction(Topic.PURPOSES, fi("Rekisteriin tallennettuja tietoja käytetään\n\n"
                        + "Mainostakomon palvelujen tuottamiseksi ja kehittämiseksi sekä:"))
                .purpose(purpose("billing", "Laskutukseen").build())
                .purpose(purpose("technical-support", "Tekniseen tukeen").build())
                .purpose(purpose("administration", "Hallinnointiin").build())
                .purpose(purpose("customer-relationship", "Asiakassuhteiden hoitoon").build())
                .purpose(purpose("incident-notification", "Vikatilanteista tiedottamiseen").build())
                .purpose(purpose("direct-marketing", "Suoramarkkinointiin").directMarketing().build())

                .subjectCategory(DataSubjectCategory.of("customer", fi("Asiakkaat")))
                .subjectCategory(DataSubjectCategory.of("contact-person", fi("Asiakkaan yhteyshenkilöt")))
                .subjectCategory(DataSubjectCategory.of("user", fi("Käyttäjät")))
                .subjectCategory(DataSubjectCategory.of("technical-contact",
                        fi("Palvelujen teknisestä ylläpidosta vastaavat henkilöt")))
                .introduction(Topic.DATA_CONTENT,
                        fi("Mainostakomon Internetpalvelujen asiakastietorekisteri sisältää mm. seuraavat tiedot:"))
                .dataCategory(DataCategory.of("contact", fi("asiakkaan laskutus, osoite- ja muut yhteystiedot "
                        + "sisältäen puhelinnumerot sekä sähköpostiosoitteet")).aboutSubjects("customer"))
                .dataCategory(DataCategory.of("identifier", fi("asiakkaan henkilötunnus tai y-tunnus"))
                        .with(Sensitivity.PERSONAL_IDENTITY_CODE).aboutSubjects("customer"))
                .dataCategory(DataCategory.of("history", fi("asiakas- ja laskutushistoria"))
                        .aboutSubjects("customer"))
                .dataCategory(DataCategory.of("contact-persons",
                                fi("asiakkaan yhteyshenkilöt (päättäjät, hallinto, laskutus, tekninen kontakti)"))
                        .aboutSubjects("contact-person"))
                .dataCategory(DataCategory.of("users",
                                fi("asiakkaan ilmoittamat tai asiakaspalveluun yhteydessä olleet käyttäjät"))
                        .aboutSubjects("user"))
                .dataCategory(DataCategory.of("technical-contacts", fi("asiakkaan ilmoittamat, palvelujen "
                                + "teknisestä ylläpidosta vastaavat henkilöt, jotka eivät välttämättä ole suorassa "
                                + "asiakassuhteessa Mainostakomon kanssa"))
                        .aboutSubjects("technical-contact"))

                .introduction(Topic.SOURCES,
                        fi("Mainostakomon asiakasrekisterin säännönmukaisia tietolähteitä ovat mm.:"))
                .source(Source.DataSubject.of(fi("asiakkaan ilmoittamat tiedot")))
                .source(Source.Internal.of(
                        fi("palvelun tuottamisen tai ylläpidon yhteydessä henkilökunnalle muodostuneet tiedot")))
                .source(Source.DataSubject.of(fi("asiakaspalveluyhteydenottojen puhelut tai sähköpostitse esille "
                        + "tulleet tiedot Muualta hankittavat tiedot ja peruste:")))
                .source(Source.External.of(fi("YTJ (Yritys- ja yhteisötietojärjestelmä)"))
                        .withSupplies(fi("Asiakkaan Y-tunnus ja perustiedot.")))
                .source(Source.External.of(fi("Patentti ja rekisterihallituksen Yhdistysnetti"))
                        .withSupplies(fi("Asiakkaan rekisterinumero ja perustiedot.")))
                .source(Source.External.of(fi("Suomen Asiakastieto Oy"))
                        .withReason(fi("Asiakkaan maksukyvyn ja henkilötietojen oikeellisuuden tarkistaminen.")))
                .source(Source.External.of(fi("Fonecta Oy"))
                        .withSupplies(fi("Asiakkuuden muut tiedot kuten päättäjätieto, toimialatieto, liikevaihto "
                                + "ja toimipaikat.")))

                .introduction(Topic.DISCLOSURES,
                        fi("Henkilötietoja voidaan luovuttaa Suomen lain edellyttämässä ja sallimissa rajoissa."))
                .transfers(Transfers.none(fi("Tietoja ei luovuteta EU:n eikä ETA:n ulkopuolelle.")))
                .security(SecurityMeasures.none()
                        .withGeneral(fi("Rekisteriin tallennettuja henkilötietoja käsitellään aina "
                                + "luottamuksellisesti."))
                        .withElectronic(fi("Tiedot on suojattu sähköisen viestinnän tietosuojalain ja ilmaisemien "
                                + "periaatteiden sekä Viestintäviraston määräysten ja ohjeiden mukaisesti. Rekisteri "
                                + "sijaitsee suojatuilla palvelimilla. Rekisterin käyttö edellyttää pääkäyttäjän "
                                + "myöntämää henkilökohtaista käyttäjätunnusta."))
                        .withManual(fi("Manuaalinen aineisto säilytetään aina lukituissa tiloissa ja tuhoaan "
                                + "DIN 32757 -standardin mukaiseksi paperisilpuksi")))
                .build();
    }

    private static Purpose.Builder purpose(String key, String name) {
        return Purpose.builder(key, fi(name));
    }

    private static LocalizedText fi(String text) {
        return LocalizedText.fi(text);
    }
}
