package fi.rekisteri.jpa.internal;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactDetails;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Problem;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterValidationException;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.identifier.BusinessId;
import fi.rekisteri.jpa.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        change.author().ifPresent(a -> limits.fit("change.author", a, Columns.LINE));
        change.comment().ifPresent(c -> limits.fit("change.comment", c, Columns.TEXT));
        if (!limits.problems.isEmpty()) {
            throw new RegisterValidationException(limits.problems);
        }
    }

    private void register(Register r) {
        fit("key", r.key(), Columns.KEY);
        text("name", r.name());
        organisation("controller", r.controller().name(), r.controller().businessId(), r.controller().contact());
        r.representative().ifPresent(o -> organisation("representative", o.name(), o.businessId(), o.contact()));
        r.dataProtectionOfficer().ifPresent(c ->
                organisation("dataProtectionOfficer", c.name(), Optional.empty(), c.contact()));
        r.contactPoint().ifPresent(c -> organisation("contactPoint", c.name(), Optional.empty(), c.contact()));
        for (int i = 0; i < r.subjectCategories().size(); i++) {
            DataSubjectCategory s = r.subjectCategories().get(i);
            String path = "subjectCategories[" + i + "]";
            fit(path + ".key", s.key(), Columns.KEY);
            text(path + ".name", s.name());
            text(path + ".description", s.description());
        }
        for (int i = 0; i < r.dataCategories().size(); i++) {
            DataCategory c = r.dataCategories().get(i);
            String path = "dataCategories[" + i + "]";
            fit(path + ".key", c.key(), Columns.KEY);
            text(path + ".name", c.name());
            text(path + ".description", c.description());
        }
        for (int i = 0; i < r.purposes().size(); i++) {
            purpose("purposes[" + i + "]", r.purposes().get(i));
        }
        for (int i = 0; i < r.sources().size(); i++) {
            source("sources[" + i + "]", r.sources().get(i));
        }
        for (int i = 0; i < r.disclosures().size(); i++) {
            Disclosure d = r.disclosures().get(i);
            String path = "disclosures[" + i + "]";
            fit(path + ".key", d.key(), Columns.KEY);
            text(path + ".recipient", d.recipient());
            text(path + ".basis", d.basis());
        }
        r.transfers().ifPresent(t -> transfers("transfers", t));
        for (int i = 0; i < r.retention().size(); i++) {
            Retention retention = r.retention().get(i).retention();
            String path = "retention[" + i + "].retention";
            if (retention instanceof Retention.AfterEvent after) {
                fit(path + ".period", after.period().toString(), Columns.CODE);
            }
            Map.Entry<String, LocalizedText> text = switch (retention.kind()) {
                case AFTER_EVENT -> Map.entry("event", ((Retention.AfterEvent) retention).event());
                case CRITERIA -> Map.entry("criteria", ((Retention.Criteria) retention).criteria());
            };
            text(path + "." + text.getKey(), text.getValue());
        }
        text("security.general", r.security().general());
        text("security.manual", r.security().manual());
        text("security.electronic", r.security().electronic());
        r.automatedDecisionMaking().flatMap(statement -> switch (statement.kind()) {
            case NONE -> Optional.<LocalizedText>empty();
            case USED -> Optional.of(((AutomatedDecisionMaking.Used) statement).description());
        }).ifPresent(text -> text("automatedDecisionMaking.description", text));
        text("provisionRequirement", r.provisionRequirement());
        r.metadata().version().ifPresent(v -> fit("metadata.version", v, Columns.LINE));
        r.introductions().forEach((topic, text) -> text("introductions." + topic.code(), text));
    }

    private void purpose(String path, Purpose p) {
        fit(path + ".key", p.key(), Columns.KEY);
        text(path + ".name", p.name());
        text(path + ".description", p.description());
        p.legalBasis().ifPresent(basis -> basis.kind().detailName()
                .ifPresent(detail -> text(path + ".legalBasis." + detail, basis.detail())));
        text(path + ".objection", p.objection());
        text(path + ".criminalDataAuthorisation", p.criminalDataAuthorisation());
    }

    private void source(String path, Source s) {
        Map.Entry<String, LocalizedText> text = switch (s.kind()) {
            case DATA_SUBJECT -> Map.entry("description", ((Source.DataSubject) s).description());
            case INTERNAL -> Map.entry("description", ((Source.Internal) s).description());
            case EXTERNAL -> Map.entry("name", ((Source.External) s).name());
        };
        text(path + "." + text.getKey(), text.getValue());
        if (s instanceof Source.External external) {
            external.businessId().ifPresent(id -> fit(path + ".businessId", id.toString(), Columns.CODE));
            text(path + ".supplies", external.supplies());
            text(path + ".reason", external.reason());
        }
    }

    private void transfers(String path, Transfers transfers) {
        List<Transfer> listed = switch (transfers.kind()) {
            case NONE -> {
                text(path + ".statement", ((Transfers.None) transfers).statement());
                yield List.of();
            }
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers();
        };
        for (int i = 0; i < listed.size(); i++) {
            Transfer t = listed.get(i);
            text(path + ".transfers[" + i + "].recipient", t.recipient());
            text(path + ".transfers[" + i + "].safeguardCopy", t.safeguardCopy());
        }
    }

    private void organisation(String path, String name, Optional<BusinessId> businessId, ContactDetails contact) {
        fit(path + ".name", name, Columns.LINE);
        businessId.ifPresent(id -> fit(path + ".businessId", id.toString(), Columns.CODE));
        contact.address().ifPresent(a -> {
            fit(path + ".contact.address.street", a.street(), Columns.LINE);
            fit(path + ".contact.address.postalCode", a.postalCode(), Columns.CODE);
            fit(path + ".contact.address.city", a.city(), Columns.LINE);
        });
        contact.phone().ifPresent(v -> fit(path + ".contact.phone", v, Columns.LINE));
        contact.email().ifPresent(v -> fit(path + ".contact.email", v, Columns.LINE));
        contact.website().ifPresent(v -> fit(path + ".contact.website", v, Columns.LINE));
    }

    private void text(String path, Optional<LocalizedText> text) {
        text.ifPresent(t -> text(path, t));
    }

    private void text(String path, LocalizedText text) {
        text.values().forEach((language, value) -> fit(path + "." + language.tag(), value, Columns.TEXT));
    }

    // The message gives the length only: the value may be personal data.
    private void fit(String path, String value, int max) {
        if (value.length() > max) {
            problems.add(new Problem(path, value.length() + " characters; the register store keeps at most " + max));
        }
    }
}
