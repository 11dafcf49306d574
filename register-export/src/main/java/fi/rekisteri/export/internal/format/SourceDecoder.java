package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.RecipientRole;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.identifier.BusinessId;
import java.util.List;
import java.util.Optional;

/** Decodes where the data comes from (sources) and to whom it is given (disclosures, or that there are none). */
final class SourceDecoder {

    private final NodeReader read;
    private final PartyDecoder parties;

    SourceDecoder(NodeReader read, PartyDecoder parties) {
        this.read = read;
        this.parties = parties;
    }

    Optional<Source> source(Node node, RegisterPath path) {
        Optional<Source.Kind> type = read.discriminator(node, path, Source.Kind.values(), Source.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case DATA_SUBJECT, INTERNAL -> read.object(node, path, RegisterFormatNames.OWN_SOURCE).flatMap(o -> {
                Optional<LocalizedText> description = read.localized(o, "description", true);
                List<String> categories = read.keys(o, "categories");
                // A constructor's refusal (a bad key in the list) is an error at its line, never an exception.
                return description.flatMap(d -> read.construct(node, path, () -> type.get() == Source.Kind.INTERNAL
                        ? new Source.Internal(d, categories)
                        : new Source.DataSubject(d, categories)));
            });
            case EXTERNAL -> read.object(node, path, RegisterFormatNames.EXTERNAL_SOURCE).flatMap(o -> {
                Optional<LocalizedText> name = read.localized(o, "name", true);
                Optional<BusinessId> businessId = parties.businessId(o, "businessId");
                Optional<LocalizedText> supplies = read.localized(o, "supplies", false);
                Optional<LocalizedText> reason = read.localized(o, "reason", false);
                List<String> categories = read.keys(o, "categories");
                boolean publiclyAccessible = read.flag(o, "publiclyAccessible");
                return name.flatMap(n -> read.construct(node, path, () -> new Source.External(n, businessId,
                        supplies, reason, categories, publiclyAccessible)));
            });
        };
    }

    /** {@code noDisclosures: true}, or with the register's own words: {@code noDisclosures: {statement: …}}. */
    Optional<NoDisclosures> noDisclosures(Node node, RegisterPath path) {
        if (node instanceof Node.ScalarNode scalar && scalar.type() == Node.ScalarType.BOOLEAN) {
            if (!Boolean.parseBoolean(scalar.text())) {
                read.error(node, path, "'noDisclosures' is true or an object with the statement; leave it out"
                        + " rather than say false");
                return Optional.empty();
            }
            return Optional.of(NoDisclosures.stated());
        }
        return read.object(node, path, RegisterFormatNames.NO_DISCLOSURES)
                .map(o -> new NoDisclosures(read.localized(o, "statement", false)));
    }

    Optional<Disclosure> disclosure(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.DISCLOSURE).flatMap(o -> {
            Optional<String> key = read.text(o, "key", true);
            Optional<LocalizedText> recipient = read.localized(o, "recipient", true);
            Optional<RecipientRole> role = read.code(o, "role", RecipientRole.values(), RecipientRole::code);
            List<String> categories = read.keys(o, "categories");
            List<String> purposes = read.keys(o, "purposes");
            Optional<LocalizedText> basis = read.localized(o, "basis", false);
            Optional<String> country = read.text(o, "country", false);
            if (key.isEmpty() || recipient.isEmpty()) {
                return Optional.empty();
            }
            // The country is checked on its own, so that a bad code is reported at its own line.
            return read.construct(node, path, () -> new Disclosure(key.get(), recipient.get(), role, categories,
                    purposes, basis, Optional.empty()))
                    .flatMap(disclosure -> country.isEmpty() ? Optional.of(disclosure)
                            : read.construct(o.node("country"), o.path("country"),
                                    () -> disclosure.inCountry(country.get())));
        });
    }
}
