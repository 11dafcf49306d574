package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.util.Optional;
import java.util.function.BiFunction;

/** Decodes the register's parties: the controller and its representative, contact points, their contact details. */
final class PartyDecoder {

    private final NodeReader read;

    PartyDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<Organisation> organisation(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.ORGANISATION).flatMap(o -> {
            Optional<String> name = read.text(o, "name", true);
            Optional<BusinessId> businessId = businessId(o, "businessId");
            ContactDetails contact = contactDetails(o);
            return name.flatMap(n -> read.construct(node, path,
                    () -> new Organisation(n, businessId, contact)));
        });
    }

    Optional<ContactPoint> contactPoint(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.CONTACT_POINT).flatMap(o -> {
            Optional<String> name = read.text(o, "name", true);
            ContactDetails contact = contactDetails(o);
            return name.flatMap(n -> read.construct(node, path, () -> new ContactPoint(n, contact)));
        });
    }

    /** An optional business ID (Y-tunnus), checked. */
    Optional<BusinessId> businessId(Obj o, String name) {
        return read.text(o, name, false).flatMap(text -> read.construct(o.node(name), o.path(name),
                () -> BusinessId.parse(text)));
    }

    private ContactDetails contactDetails(Obj o) {
        ContactDetails contact = ContactDetails.none();
        Optional<PostalAddress> address = o.get("address").flatMap(n -> address(n, o.path("address")));
        if (address.isPresent()) {
            contact = contact.withAddress(address.get());
        }
        contact = withText(o, "phone", contact, ContactDetails::withPhone);
        contact = withText(o, "email", contact, ContactDetails::withEmail);
        return withText(o, "website", contact, ContactDetails::withWebsite);
    }

    private ContactDetails withText(Obj o, String name, ContactDetails contact,
            BiFunction<ContactDetails, String, ContactDetails> with) {
        Optional<String> value = read.text(o, name, false);
        if (value.isEmpty()) {
            return contact;
        }
        return read.construct(o.node(name), o.path(name), () -> with.apply(contact, value.get())).orElse(contact);
    }

    private Optional<PostalAddress> address(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.ADDRESS).flatMap(o -> {
            Optional<String> street = read.text(o, "street", true);
            Optional<String> postalCode = read.text(o, "postalCode", true);
            Optional<String> city = read.text(o, "city", true);
            String country = read.text(o, "country", false).orElse("FI");
            if (street.isEmpty() || postalCode.isEmpty() || city.isEmpty()) {
                return Optional.empty();
            }
            return read.construct(o.has("country") ? o.node("country") : node,
                    o.has("country") ? o.path("country") : path,
                    () -> new PostalAddress(street.get(), postalCode.get(), city.get(), country));
        });
    }
}
