package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.PostalAddress;
import fi.rekisteri.core.Problem;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RegisterValidationException;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.jpa.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Checks that every value of a register fits its column before anything is written, so that a value too long for
 * the schema fails with its path rather than as a database error halfway through a save.
 */
final class ColumnLimits {

    private final List<Problem> problems = new ArrayList<>();

    private ColumnLimits() {}

    /**
     * Checks a register and a change.
     *
     * @throws RegisterValidationException listing every value too long, each with its path
     */
    static void check(Register register, Change change) {
        ColumnLimits limits = new ColumnLimits();
        limits.register(register);
        change.author().ifPresent(a -> limits.fit(RegisterPath.of("change", "author"), a, Columns.LINE));
        change.comment().ifPresent(c -> limits.fit(RegisterPath.of("change", "comment"), c, Columns.TEXT));
        if (!limits.problems.isEmpty()) {
            throw new RegisterValidationException(limits.problems);
        }
    }

    private void register(Register r) {
        fit(RegisterPath.of("key"), r.key(), Columns.KEY);
        text(RegisterPath.of("name"), r.name());
        organisation(RegisterPath.of("controller"), r.controller());
        r.representative().ifPresent(o -> organisation(RegisterPath.of("representative"), o));
        r.dataProtectionOfficer().ifPresent(c -> contactPoint(RegisterPath.of("dataProtectionOfficer"), c));
        r.noDataProtectionOfficerReason().ifPresent(reason ->
                fit(RegisterPath.of("noDataProtectionOfficer"), reason, Columns.TEXT));
        each("contactPoints", r.contactPoints(), this::contactPoint);
        r.jointControl().ifPresent(joint -> {
            for (int i = 0; i < joint.controllers().size(); i++) {
                organisation(RegisterPath.of("jointControl", "controllers").index(i), joint.controllers().get(i));
            }
            text(RegisterPath.of("jointControl", "essence"), joint.essence());
            joint.contactPoint().ifPresent(c -> contactPoint(RegisterPath.of("jointControl", "contactPoint"), c));
        });
        each("rightsRestrictions", r.rightsRestrictions(), (path, restriction) -> {
            text(path.property("description"), restriction.description());
            text(path.property("law"), restriction.law());
        });
        text(RegisterPath.of("metadata", "changeNotice"), r.metadata().changeNotice());
        text(RegisterPath.of("metadata", "noticeUrl"), r.metadata().noticeUrl());
        each("subjectCategories", r.subjectCategories(), (path, s) -> {
            named(path, s.key(), s.name(), s.description());
            text(path.property("guardianConsent"), s.guardianConsent());
        });
        each("dataCategories", r.dataCategories(), (path, c) -> {
            named(path, c.key(), c.name(), c.description());
            c.provision().ifPresent(p -> text(path.property("provision").property("consequence"), p.consequence()));
        });
        each("purposes", r.purposes(), this::purpose);
        each("sources", r.sources(), this::source);
        each("disclosures", r.disclosures(), (path, d) -> {
            fit(path.property("key"), d.key(), Columns.KEY);
            text(path.property("recipient"), d.recipient());
            text(path.property("basis"), d.basis());
        });
        r.noDisclosures().ifPresent(none -> text(RegisterPath.of("noDisclosures", "statement"), none.statement()));
        each("cookies", r.cookies(), (path, c) -> {
            fit(path.property("key"), c.key(), Columns.KEY);
            fit(path.property("name"), c.name(), Columns.LINE);
            text(path.property("description"), c.description());
            c.provider().ifPresent(provider -> text(path.property("provider"), provider));
        });
        r.transfers().ifPresent(t -> transfers(RegisterPath.of("transfers"), t));
        each("retention", r.retention(), (path, rule) -> {
            retention(path.property("retention"), rule.retention());
            rule.event().ifPresent(key -> fit(path.property("eventKey"), key, Columns.KEY));
        });
        text(RegisterPath.of("security", "general"), r.security().general());
        text(RegisterPath.of("security", "manual"), r.security().manual());
        text(RegisterPath.of("security", "electronic"), r.security().electronic());
        r.automatedDecisionMaking().flatMap(statement -> switch (statement.kind()) {
            case NONE -> Optional.<LocalizedText>empty();
            case USED -> Optional.of(((AutomatedDecisionMaking.Used) statement).description());
        }).ifPresent(text -> text(RegisterPath.of("automatedDecisionMaking", "description"), text));
        text(RegisterPath.of("provisionRequirement"), r.provisionRequirement());
        r.metadata().version().ifPresent(v -> fit(RegisterPath.of("metadata", "version"), v, Columns.LINE));
        r.introductions().forEach((topic, text) -> text(RegisterPath.of("introductions", topic.code()), text));
        // The properties are named as a register file names them.
        each("acknowledgements", r.acknowledgements(), (path, a) -> {
            fit(path.property("rule"), a.ruleId(), Columns.KEY);
            fit(path.property("path"), a.path().toString(), Columns.LINE);
            fit(path.property("reason"), a.reason(), Columns.TEXT);
            fit(path.property("by"), a.by(), Columns.LINE);
        });
    }

    /** Each part of a list of the register's, at its path ({@code purposes[2]}). */
    private static <T> void each(String property, List<T> parts, BiConsumer<RegisterPath, T> check) {
        for (int i = 0; i < parts.size(); i++) {
            check.accept(RegisterPath.of(property).index(i), parts.get(i));
        }
    }

    /** The key, name and description a keyed part begins with. */
    private void named(RegisterPath path, String key, LocalizedText name, Optional<LocalizedText> description) {
        fit(path.property("key"), key, Columns.KEY);
        text(path.property("name"), name);
        text(path.property("description"), description);
    }

    private void purpose(RegisterPath path, Purpose p) {
        named(path, p.key(), p.name(), p.description());
        p.legalBasis().ifPresent(basis -> legalBasis(path.property("legalBasis"), basis));
        for (int i = 0; i < p.alternativeLegalBases().size(); i++) {
            legalBasis(path.property("alternativeLegalBases").index(i), p.alternativeLegalBases().get(i));
        }
        text(path.property("objection"), p.objection());
        text(path.property("criminalDataAuthorisation"), p.criminalDataAuthorisation());
    }

    private void legalBasis(RegisterPath path, LegalBasis basis) {
        basis.kind().detailName().ifPresent(detail -> text(path.property(detail), basis.detail()));
    }

    private void retention(RegisterPath path, Retention retention) {
        switch (retention.kind()) {
            case AFTER_EVENT -> {
                Retention.AfterEvent after = (Retention.AfterEvent) retention;
                fit(path.property("period"), after.period().toString(), Columns.CODE);
                text(path.property("event"), after.event());
            }
            case CRITERIA -> text(path.property("criteria"), ((Retention.Criteria) retention).criteria());
            case FROM_COLLECTION -> fit(path.property("period"),
                    ((Retention.FromCollection) retention).period().toString(), Columns.CODE);
            case TIMED -> {
                Retention.Timed timed = (Retention.Timed) retention;
                fit(path.property("period"), timed.duration().toString(), Columns.CODE);
                text(path.property("event"), timed.event());
            }
            case UNTIL -> text(path.property("description"), ((Retention.Until) retention).description());
        }
    }

    private void source(RegisterPath path, Source s) {
        Map.Entry<String, LocalizedText> text = switch (s.kind()) {
            case DATA_SUBJECT -> Map.entry("description", ((Source.DataSubject) s).description());
            case INTERNAL -> Map.entry("description", ((Source.Internal) s).description());
            case EXTERNAL -> Map.entry("name", ((Source.External) s).name());
        };
        text(path.property(text.getKey()), text.getValue());
        if (s instanceof Source.External external) {
            external.businessId().ifPresent(id -> fit(path.property("businessId"), id.toString(), Columns.CODE));
            text(path.property("supplies"), external.supplies());
            text(path.property("reason"), external.reason());
        }
    }

    private void transfers(RegisterPath path, Transfers transfers) {
        List<Transfer> listed = switch (transfers.kind()) {
            case NONE -> {
                text(path.property("statement"), ((Transfers.None) transfers).statement());
                yield List.of();
            }
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers();
            case MAY_OCCUR -> {
                text(path.property("statement"), ((Transfers.MayOccur) transfers).statement());
                yield List.of();
            }
        };
        for (int i = 0; i < listed.size(); i++) {
            Transfer t = listed.get(i);
            RegisterPath transfer = path.property("transfers").index(i);
            text(transfer.property("recipient"), t.recipient());
            text(transfer.property("safeguardCopy"), t.safeguardCopy());
        }
    }

    private void organisation(RegisterPath path, Organisation organisation) {
        line(path.property("name"), organisation.name());
        organisation.unitOf().ifPresent(unit -> line(path.property("unitOf"), unit));
        contact(path, organisation.contact());
    }

    private void contactPoint(RegisterPath path, ContactPoint point) {
        fit(path.property("name"), point.name(), Columns.LINE);
        point.role().ifPresent(role -> line(path.property("role"), role));
        contact(path, point.contact());
    }

    /** A text stored in one line-long column per language. */
    private void line(RegisterPath path, LocalizedText text) {
        text.values().forEach((language, value) -> fit(path.property(language.tag()), value, Columns.LINE));
    }

    private void address(RegisterPath address, PostalAddress a) {
        a.street().ifPresent(v -> fit(address.property("street"), v, Columns.LINE));
        a.poBox().ifPresent(v -> fit(address.property("poBox"), v, Columns.LINE));
        a.postalCode().ifPresent(v -> fit(address.property("postalCode"), v, Columns.CODE));
        fit(address.property("city"), a.city(), Columns.LINE);
    }

    private void contact(RegisterPath path, ContactDetails contact) {
        RegisterPath details = path.property("contact");
        contact.address().ifPresent(a -> address(details.property("address"), a));
        contact.visitingAddress().ifPresent(a -> address(details.property("visitingAddress"), a));
        contact.phone().ifPresent(v -> fit(details.property("phone"), v, Columns.LINE));
        contact.email().ifPresent(v -> fit(details.property("email"), v, Columns.LINE));
        contact.website().ifPresent(v -> fit(details.property("website"), v, Columns.LINE));
    }

    private void text(RegisterPath path, Optional<LocalizedText> text) {
        text.ifPresent(t -> text(path, t));
    }

    private void text(RegisterPath path, LocalizedText text) {
        text.values().forEach((language, value) -> fit(path.property(language.tag()), value, Columns.TEXT));
    }

    // The message gives the length only: the value may be personal data.
    private void fit(RegisterPath path, String value, int max) {
        if (value.length() > max) {
            problems.add(new Problem(path, value.length() + " characters; the register store keeps at most " + max));
        }
    }
}
