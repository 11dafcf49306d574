package fi.rekisteri.export.consent;

import fi.rekisteri.core.policy.ConsentEvent;
import fi.rekisteri.core.policy.ConsentRecord;
import fi.rekisteri.export.internal.document.DpvJsonLd;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Consent records as JSON-LD in the W3C Data Privacy Vocabulary's profile for ISO/IEC TS 27560 ({@value
 * #RECORD_PROFILE}): a {@code dpv:ConsentRecord} with its id, the data subject by pseudonym, the privacy notice and
 * its version, the consent notice's version, the purpose, the controller, the legal basis, how to withdraw, and one
 * consent status a event with its time: given ({@code dpv:ConsentGiven}, or {@code dpv:RenewedConsentGiven} for a
 * consent given again while the earlier one was live), withdrawn, expired ({@code dpv:ConsentExpired}, also for the
 * earlier record a renewal superseded, which ends at the time the renewed record starts). A renewed record
 * {@code dct:replaces} the superseded one, which {@code dct:isReplacedBy} it, as the DPV guide to 27560 suggests for
 * a record replacing another (DPV has no property of its own for it). The context is inline, so a consumer needs no
 * network to read it.
 *
 * <pre>{@code
 * String jsonLd = ConsentJsonLd.toJsonLd(record);
 * ConsentJsonLd.write(records.stream(), out);   // many records, one document, written as they come
 * }</pre>
 */
public final class ConsentJsonLd {

    /** The DPV profile of ISO/IEC TS 27560 consent records every record says it conforms to. */
    public static final String RECORD_PROFILE = "https://w3id.org/dpv/schema/dpv-27560#record";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The stream belongs to the caller, who closes it. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectNode CONTEXT = context();

    private ConsentJsonLd() {}

    /**
     * One record as an indented JSON-LD document with its context, ending with a line feed.
     *
     * @throws NullPointerException if {@code record} is null
     */
    public static String toJsonLd(ConsentRecord record) {
        Objects.requireNonNull(record, "record");
        ObjectNode document = NODES.objectNode();
        document.set("@context", CONTEXT.deepCopy());
        document.setAll(node(record));
        return JSON.writeValueAsString(document) + "\n";
    }

    /**
     * Writes records as one indented JSON-LD document, {@code {"@context": …, "@graph": [record, …]}}, ending with a
     * line feed: each record is written as the stream gives it, so memory stays flat however many there are. The
     * output stream belongs to the caller, who closes it; the records' stream is consumed, not closed.
     *
     * @throws NullPointerException if an argument or a record is null
     * @throws IOException when {@code out} fails
     */
    public static void write(Stream<ConsentRecord> records, OutputStream out) throws IOException {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("@context");
            generator.writeTree(CONTEXT);
            generator.writeName("@graph");
            generator.writeStartArray();
            for (Iterator<ConsentRecord> it = records.iterator(); it.hasNext(); ) {
                generator.writeTree(node(Objects.requireNonNull(it.next(), "record")));
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static ObjectNode node(ConsentRecord record) {
        String base = DpvJsonLd.base(record.register());
        ObjectNode node = NODES.objectNode();
        node.put("@id", recordId(record.id()));
        node.put("@type", "dpv:ConsentRecord");
        node.put("dct:identifier", record.id().toString());
        node.set("dct:conformsTo", id(RECORD_PROFILE));
        ArrayNode languages = node.putArray("dct:language");
        record.languages().forEach(language -> languages.add(language.tag()));

        ObjectNode subject = node.putObject("dpv:hasDataSubject");
        subject.put("@id", base + "subject/" + record.subject());
        subject.put("@type", "dpv:DataSubject");
        subject.put("dct:identifier", record.subject());

        ObjectNode controller = node.putObject("dpv:hasDataController");
        controller.put("@id", base + "controller");
        controller.put("@type", "dpv:DataController");
        DpvJsonLd.texts(controller, "dpv:hasName", record.controllerName());
        controller.put("dct:identifier", record.controllerId().toString());

        node.set("dpv:hasApplicableLaw", id("legal-eu:law-GDPR"));
        node.set("dpv:hasJurisdiction", id("loc:FI"));
        node.set("dpv:hasLegalBasis", id("eu-gdpr:A6-1-a"));

        ArrayNode notices = node.putArray("dpv:hasNotice");
        ObjectNode privacyNotice = notices.addObject();
        privacyNotice.put("@id", base + "notice/" + record.noticeVersion());
        privacyNotice.put("@type", "dpv:PrivacyNotice");
        privacyNotice.put("dct:identifier", record.register());
        DpvJsonLd.texts(privacyNotice, "dct:title", record.registerName());
        privacyNotice.put("dct:hasVersion", record.noticeVersion());
        record.textVersion().ifPresent(version -> {
            ObjectNode consentNotice = notices.addObject();
            consentNotice.put("@id", base + "consent-notice/" + record.purpose().key() + "/" + version);
            consentNotice.put("@type", "dpv:ConsentNotice");
            consentNotice.put("dct:hasVersion", version);
        });

        ObjectNode purpose = node.putObject("dpv:hasPurpose");
        purpose.put("@id", base + "purpose/" + record.purpose().key());
        ArrayNode types = purpose.putArray("@type");
        DpvJsonLd.purposeTypes(record.purpose()).forEach(types::add);
        purpose.put("dct:identifier", record.purpose().key());
        DpvJsonLd.texts(purpose, "rdfs:label", record.purpose().name());
        record.purpose().description()
                .ifPresent(description -> DpvJsonLd.texts(purpose, "dct:description", description));

        ObjectNode withdrawal = node.putObject("dpv:hasConsentControl");
        withdrawal.put("@type", "dpv:WithdrawConsent");
        DpvJsonLd.texts(withdrawal, "dct:description", record.withdrawal());

        ArrayNode statuses = node.putArray("dpv:hasConsentStatus");
        record.events().forEach(event -> statuses.add(status(event)));
        record.replaces().ifPresent(earlier -> node.set("dct:replaces", id(recordId(earlier))));
        record.replacedBy().ifPresent(later -> node.set("dct:isReplacedBy", id(recordId(later))));
        return node;
    }

    /** An event as the DPV consent status it entered, with its time (27560's event state and event time). */
    private static ObjectNode status(ConsentEvent event) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", switch (event.status()) {
            case GIVEN -> "dpv:ConsentGiven";
            case RENEWED -> "dpv:RenewedConsentGiven";
            case WITHDRAWN -> "dpv:ConsentWithdrawn";
            // DPV has no state for a consent replaced by a renewed one; its validity for processing ended then, and
            // the renewed record starts at the same time.
            case EXPIRED, SUPERSEDED -> "dpv:ConsentExpired";
        });
        ObjectNode time = node.putObject("dct:date");
        time.put("@value", event.at().toString());
        time.put("@type", "xsd:dateTime");
        return node;
    }

    /** A record's IRI, the one {@code @id} of its node and of every link to it. */
    private static String recordId(UUID id) {
        return "urn:uuid:" + id;
    }

    private static ObjectNode id(String iri) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", iri);
        return node;
    }

    private static ObjectNode context() {
        ObjectNode context = NODES.objectNode();
        DpvJsonLd.prefixes(context, "dpv", "eu-gdpr", "legal-eu", "loc", "dct", "rdfs", "xsd");
        return context;
    }
}
