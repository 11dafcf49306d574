package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.OrganisationKind;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.export.internal.format.Node.ScalarNode;
import fi.rekisteri.export.internal.format.NodeReader.Obj;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Decodes the register's parties: the controller, its joint controllers and representative, contact points, their
 * contact details.
 */
final class PartyDecoder {

    private final NodeReader read;

    PartyDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<Organisation> organisation(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.ORGANISATION).flatMap(o -> {
            Optional<OrganisationKind> kind = read.code(o, "kind", OrganisationKind.values(), OrganisationKind::code);
            Optional<LocalizedText> unitOf = read.localized(o, "unitOf", false);
            Optional<String> written = read.text(o, "businessId", false);
            Optional<BusinessId> businessId = written.filter(BusinessId::isValid).map(BusinessId::parse);
            // A wrong check digit is the check's finding; any other text is no business ID and an error here.
            Optional<String> invalid = written.filter(text -> !BusinessId.isValid(text))
                    .filter(BusinessId::hasForm);
            written.filter(text -> !BusinessId.hasForm(text))
                    .ifPresent(text -> read.construct(o.node("businessId"), o.path("businessId"),
                            () -> BusinessId.parse(text)));
            ContactDetails contact = contactDetails(o);
            Optional<Node> nameNode = o.get("name");
            if (nameNode.isPresent() && nameNode.get() instanceof ScalarNode) {
                // A plain name is Finnish; the organisation checks it, so its message and place stay the model's.
                return read.text(o, "name", true).flatMap(n -> read.construct(node, path, () -> {
                    LocalizedText finnish = new Organisation(n, Optional.empty(), ContactDetails.none()).name();
                    return new Organisation(finnish, kind, unitOf, businessId, invalid, contact);
                }));
            }
            return read.localized(o, "name", true).flatMap(n -> read.construct(node, path,
                    () -> new Organisation(n, kind, unitOf, businessId, invalid, contact)));
        });
    }

    Optional<ContactPoint> contactPoint(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.CONTACT_POINT).flatMap(o -> {
            Optional<String> name = read.text(o, "name", true);
            Optional<LocalizedText> role = read.localized(o, "role", false);
            ContactDetails contact = contactDetails(o);
            return name.flatMap(n -> read.construct(node, path, () -> new ContactPoint(n, role, contact)));
        });
    }

    Optional<JointControl> jointControl(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.JOINT_CONTROL).flatMap(o -> {
            o.required("controllers");
            List<Organisation> controllers = read.list(o, "controllers", this::organisation);
            Optional<LocalizedText> essence = read.localized(o, "essence", false);
            Optional<ContactPoint> point = o.get("contactPoint")
                    .flatMap(n -> contactPoint(n, o.path("contactPoint")));
            if (controllers.isEmpty()) {
                return Optional.empty();
            }
            return read.construct(node, path, () -> new JointControl(controllers, essence, point));
        });
    }

    /** An optional business ID (Y-tunnus), checked. */
    Optional<BusinessId> businessId(Obj o, String name) {
        return read.parsed(o, name, BusinessId::parse);
    }

    private ContactDetails contactDetails(Obj o) {
        ContactDetails contact = ContactDetails.none();
        Optional<PostalAddress> address = o.get("address").flatMap(n -> address(n, o.path("address")));
        if (address.isPresent()) {
            contact = contact.withAddress(address.get());
        }
        Optional<PostalAddress> visiting = o.get("visitingAddress")
                .flatMap(n -> address(n, o.path("visitingAddress")));
        if (visiting.isPresent()) {
            contact = contact.withVisitingAddress(visiting.get());
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
            Optional<String> street = read.text(o, "street", false);
            Optional<String> poBox = read.text(o, "poBox", false);
            Optional<String> postalCode = read.text(o, "postalCode", false);
            Optional<String> city = read.text(o, "city", true);
            String country = read.text(o, "country", false).orElse("FI");
            if (city.isEmpty()) {
                return Optional.empty();
            }
            if (street.isEmpty() && poBox.isEmpty()) {
                read.error(node, path, "an address needs a street or a poBox");
                return Optional.empty();
            }
            return read.construct(o.has("country") ? o.node("country") : node,
                    o.has("country") ? o.path("country") : path,
                    () -> new PostalAddress(street, poBox, postalCode, city.get(), country));
        });
    }
}
