package fi.rekisteri.core.compliance.internal;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RetentionRule;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Visits every plain string of a register that the register's author writes freely, with its path in the model (as
 * {@link RegisterTexts} gives them, through the model's accessors): the keys of its
 * parts, the parties' contact details (names, addresses, phone numbers, e-mail and web addresses), a business ID kept
 * as written because it fails its check, cookies' names, the document's version, why no data protection officer is
 * designated and the acknowledgements' rule ids, paths, reasons and who made them. Not the strings the model validates as
 * codes (countries, legal bases, periods) nor the references to keys, which repeat a key visited where it is defined.
 * {@link RegisterTexts} visits the localised texts.
 */
public final class RegisterStrings {

    private RegisterStrings() {}

    /** Calls {@code visitor} with the path and value of every plain string in the register. */
    public static void forEach(Register register, BiConsumer<RegisterPath, String> visitor) {
        visitor.accept(RegisterPath.of("key"), register.key());
        register.metadata().version().ifPresent(v -> visitor.accept(RegisterPath.of("metadata", "version"), v));
        organisation(visitor, RegisterPath.of("controller"), register.controller());
        register.representative().ifPresent(r -> organisation(visitor, RegisterPath.of("representative"), r));
        register.dataProtectionOfficer()
                .ifPresent(dpo -> contactPoint(visitor, RegisterPath.of("dataProtectionOfficer"), dpo));
        optional(visitor, RegisterPath.of("noDataProtectionOfficerReason"), register.noDataProtectionOfficerReason());
        register.jointControl().ifPresent(joint -> {
            List<Organisation> others = joint.controllers();
            for (int i = 0; i < others.size(); i++) {
                organisation(visitor, RegisterPath.of("jointControl", "controllers").index(i), others.get(i));
            }
            joint.contactPoint().ifPresent(point ->
                    contactPoint(visitor, RegisterPath.of("jointControl", "contactPoint"), point));
        });
        List<ContactPoint> points = register.contactPoints();
        for (int i = 0; i < points.size(); i++) {
            contactPoint(visitor, RegisterPath.of("contactPoints").index(i), points.get(i));
        }
        keys(visitor, "subjectCategories", register.subjectCategories().stream().map(c -> c.key()).toList());
        keys(visitor, "dataCategories", register.dataCategories().stream().map(c -> c.key()).toList());
        keys(visitor, "purposes", register.purposes().stream().map(p -> p.key()).toList());
        keys(visitor, "disclosures", register.disclosures().stream().map(Disclosure::key).toList());
        List<RetentionRule> retention = register.retention();
        for (int i = 0; i < retention.size(); i++) {
            optional(visitor, RegisterPath.of("retention").index(i).property("event"), retention.get(i).event());
        }
        List<Cookie> cookies = register.cookies();
        for (int i = 0; i < cookies.size(); i++) {
            RegisterPath path = RegisterPath.of("cookies").index(i);
            visitor.accept(path.property("key"), cookies.get(i).key());
            visitor.accept(path.property("name"), cookies.get(i).name());
        }
        List<Acknowledgement> acknowledgements = register.acknowledgements();
        for (int i = 0; i < acknowledgements.size(); i++) {
            RegisterPath path = RegisterPath.of("acknowledgements").index(i);
            visitor.accept(path.property("ruleId"), acknowledgements.get(i).ruleId());
            if (!acknowledgements.get(i).path().isRoot()) {
                visitor.accept(path.property("path"), acknowledgements.get(i).path().toString());
            }
            visitor.accept(path.property("reason"), acknowledgements.get(i).reason());
            visitor.accept(path.property("by"), acknowledgements.get(i).by());
        }
    }

    private static void keys(BiConsumer<RegisterPath, String> visitor, String list, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            visitor.accept(RegisterPath.of(list).index(i).property("key"), keys.get(i));
        }
    }

    private static void organisation(BiConsumer<RegisterPath, String> visitor, RegisterPath path,
            Organisation organisation) {
        optional(visitor, path.property("invalidBusinessId"), organisation.invalidBusinessId());
        contact(visitor, path.property("contact"), organisation.contact());
    }

    private static void contactPoint(BiConsumer<RegisterPath, String> visitor, RegisterPath path, ContactPoint point) {
        visitor.accept(path.property("name"), point.name());
        contact(visitor, path.property("contact"), point.contact());
    }

    private static void contact(BiConsumer<RegisterPath, String> visitor, RegisterPath path, ContactDetails contact) {
        contact.address().ifPresent(address -> address(visitor, path.property("address"), address));
        contact.visitingAddress().ifPresent(address -> address(visitor, path.property("visitingAddress"), address));
        optional(visitor, path.property("phone"), contact.phone());
        optional(visitor, path.property("email"), contact.email());
        optional(visitor, path.property("website"), contact.website());
    }

    private static void address(BiConsumer<RegisterPath, String> visitor, RegisterPath path, PostalAddress address) {
        optional(visitor, path.property("street"), address.street());
        optional(visitor, path.property("poBox"), address.poBox());
        optional(visitor, path.property("postalCode"), address.postalCode());
        visitor.accept(path.property("city"), address.city());
    }

    private static void optional(BiConsumer<RegisterPath, String> visitor, RegisterPath path,
            Optional<String> value) {
        value.ifPresent(text -> visitor.accept(path, text));
    }
}
