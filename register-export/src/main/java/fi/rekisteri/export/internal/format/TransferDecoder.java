package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Safeguard;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.util.List;
import java.util.Optional;

/** Decodes transfers to third countries, the statement that there are none, or that some may happen. */
final class TransferDecoder {

    private final NodeReader read;

    TransferDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<Transfers> transfers(Node node, RegisterPath path) {
        Optional<Transfers.Kind> type = read.discriminator(node, path, Transfers.Kind.values(),
                Transfers.Kind::code);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case NONE -> read.object(node, path, RegisterFormatNames.NO_TRANSFERS)
                    .map(o -> new Transfers.None(read.localized(o, "statement", false)));
            case THIRD_COUNTRIES -> read.object(node, path, RegisterFormatNames.THIRD_COUNTRY_TRANSFERS)
                    .flatMap(o -> {
                        if (!o.has("transfers")) {
                            o.required("transfers");
                            return Optional.empty();
                        }
                        List<Transfer> list = read.list(o, "transfers", this::transfer);
                        if (read.lostEveryItem(o.path("transfers"))) {
                            // Each item's error is reported; the list is not also "empty".
                            return Optional.empty();
                        }
                        return read.construct(o.node("transfers"), o.path("transfers"),
                                () -> new Transfers.ThirdCountries(list));
                    });
            case MAY_OCCUR -> read.object(node, path, RegisterFormatNames.POSSIBLE_TRANSFERS)
                    .map(o -> new Transfers.MayOccur(read.localized(o, "statement", false),
                            read.codes(o, "safeguards", Safeguard.values(), Safeguard::code)));
        };
    }

    private Optional<Transfer> transfer(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.TRANSFER).flatMap(o -> {
            Optional<String> country = read.text(o, "country", true);
            Optional<LocalizedText> recipient = read.localized(o, "recipient", false);
            List<String> categories = read.keys(o, "categories");
            Optional<Safeguard> safeguard = read.code(o, "safeguard", Safeguard.values(), Safeguard::code);
            Optional<LocalizedText> copy = read.localized(o, "safeguardCopy", false);
            boolean dpf = read.flag(o, "dataPrivacyFramework");
            // The country first, at its own line (with the Data Privacy Framework, which only a US recipient has);
            // then what else the transfer refuses (its category keys).
            return country.flatMap(c -> read.construct(o.node("country"), o.path("country"),
                    () -> new Transfer(c, Optional.empty(), List.of(), safeguard, Optional.empty(), dpf)))
                    .flatMap(checked -> read.construct(o.has("categories") ? o.node("categories") : node,
                            o.has("categories") ? o.path("categories") : path,
                            () -> new Transfer(checked.country(), recipient, categories, safeguard, copy, dpf)));
        });
    }
}
