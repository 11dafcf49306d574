package fi.rekisteri.core.compliance.internal;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Visits every {@link LocalizedText} of a register with its path, in the order a statement presents them: name,
 * lead-in texts (in {@link Topic} order), subject and data categories, purposes, sources, disclosures, transfers,
 * retention, cookies, security, automated decision-making and the provision requirement; then the parties' texts
 * (the controllers' names, the joint arrangement, the data protection officer's and the contact points' roles), the
 * rights restrictions, where changes are announced and where the notice is published. {@link RegisterStrings} visits
 * the plain strings.
 */
public final class RegisterTexts {

    private RegisterTexts() {}

    /** Calls {@code visitor} with the path and text of every localised text in the register. */
    public static void forEach(Register register, BiConsumer<RegisterPath, LocalizedText> visitor) {
        visitor.accept(RegisterPath.of("name"), register.name());
        for (Topic topic : Topic.values()) {
            register.introduction(topic)
                    .ifPresent(text -> visitor.accept(RegisterPath.of("introductions", topic.code()), text));
        }
        List<DataSubjectCategory> subjects = register.subjectCategories();
        for (int i = 0; i < subjects.size(); i++) {
            RegisterPath path = RegisterPath.of("subjectCategories").index(i);
            visitor.accept(path.property("name"), subjects.get(i).name());
            optional(visitor, path.property("description"), subjects.get(i).description());
            optional(visitor, path.property("guardianConsent"), subjects.get(i).guardianConsent());
        }
        List<DataCategory> categories = register.dataCategories();
        for (int i = 0; i < categories.size(); i++) {
            RegisterPath path = RegisterPath.of("dataCategories").index(i);
            visitor.accept(path.property("name"), categories.get(i).name());
            optional(visitor, path.property("description"), categories.get(i).description());
            categories.get(i).provision().ifPresent(provision ->
                    optional(visitor, path.property("provision").property("consequence"), provision.consequence()));
        }
        List<Purpose> purposes = register.purposes();
        for (int i = 0; i < purposes.size(); i++) {
            purpose(visitor, RegisterPath.of("purposes").index(i), purposes.get(i));
        }
        List<Source> sources = register.sources();
        for (int i = 0; i < sources.size(); i++) {
            source(visitor, RegisterPath.of("sources").index(i), sources.get(i));
        }
        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            RegisterPath path = RegisterPath.of("disclosures").index(i);
            visitor.accept(path.property("recipient"), disclosures.get(i).recipient());
            optional(visitor, path.property("basis"), disclosures.get(i).basis());
        }
        register.noDisclosures().ifPresent(none ->
                optional(visitor, RegisterPath.of("noDisclosures", "statement"), none.statement()));
        register.transfers().ifPresent(transfers -> transfers(visitor, transfers));
        List<RetentionRule> retention = register.retention();
        for (int i = 0; i < retention.size(); i++) {
            RegisterPath path = RegisterPath.of("retention").index(i).property("retention");
            Retention rule = retention.get(i).retention();
            Optional<Map.Entry<String, LocalizedText>> text = switch (rule.kind()) {
                case AFTER_EVENT -> Optional.of(Map.entry("event", ((Retention.AfterEvent) rule).event()));
                case CRITERIA -> Optional.of(Map.entry("criteria", ((Retention.Criteria) rule).criteria()));
                case FROM_COLLECTION -> Optional.empty();
                case TIMED -> ((Retention.Timed) rule).event().map(event -> Map.entry("event", event));
                case UNTIL -> ((Retention.Until) rule).description().map(text1 -> Map.entry("description", text1));
            };
            text.ifPresent(entry -> visitor.accept(path.property(entry.getKey()), entry.getValue()));
        }
        List<Cookie> cookies = register.cookies();
        for (int i = 0; i < cookies.size(); i++) {
            RegisterPath path = RegisterPath.of("cookies").index(i);
            visitor.accept(path.property("description"), cookies.get(i).description());
            optional(visitor, path.property("provider"), cookies.get(i).provider());
        }
        SecurityMeasures security = register.security();
        optional(visitor, RegisterPath.of("security", "general"), security.general());
        optional(visitor, RegisterPath.of("security", "manual"), security.manual());
        optional(visitor, RegisterPath.of("security", "electronic"), security.electronic());
        register.automatedDecisionMaking().flatMap(statement -> switch (statement.kind()) {
            case NONE -> Optional.<LocalizedText>empty();
            case USED -> Optional.of(((AutomatedDecisionMaking.Used) statement).description());
        }).ifPresent(text -> visitor.accept(RegisterPath.of("automatedDecisionMaking", "description"), text));
        optional(visitor, RegisterPath.of("provisionRequirement"), register.provisionRequirement());
        parties(visitor, register);
        List<RightsRestriction> restrictions = register.rightsRestrictions();
        for (int i = 0; i < restrictions.size(); i++) {
            RegisterPath path = RegisterPath.of("rightsRestrictions").index(i);
            visitor.accept(path.property("description"), restrictions.get(i).description());
            optional(visitor, path.property("law"), restrictions.get(i).law());
        }
        optional(visitor, RegisterPath.of("metadata", "changeNotice"), register.metadata().changeNotice());
        optional(visitor, RegisterPath.of("metadata", "noticeUrl"), register.metadata().noticeUrl());
        optional(visitor, RegisterPath.of("metadata", "firstLayerUrl"), register.metadata().firstLayerUrl());
    }

    private static void parties(BiConsumer<RegisterPath, LocalizedText> visitor, Register register) {
        organisation(visitor, RegisterPath.of("controller"), register.controller());
        register.representative().ifPresent(r -> organisation(visitor, RegisterPath.of("representative"), r));
        register.dataProtectionOfficer().ifPresent(dpo ->
                optional(visitor, RegisterPath.of("dataProtectionOfficer", "role"), dpo.role()));
        register.jointControl().ifPresent(joint -> {
            List<Organisation> others = joint.controllers();
            for (int i = 0; i < others.size(); i++) {
                organisation(visitor, RegisterPath.of("jointControl", "controllers").index(i), others.get(i));
            }
            optional(visitor, RegisterPath.of("jointControl", "essence"), joint.essence());
            joint.contactPoint().ifPresent(point ->
                    optional(visitor, RegisterPath.of("jointControl", "contactPoint", "role"), point.role()));
        });
        List<ContactPoint> points = register.contactPoints();
        for (int i = 0; i < points.size(); i++) {
            optional(visitor, RegisterPath.of("contactPoints").index(i).property("role"), points.get(i).role());
        }
    }

    private static void organisation(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path,
            Organisation organisation) {
        visitor.accept(path.property("name"), organisation.name());
        optional(visitor, path.property("unitOf"), organisation.unitOf());
    }

    private static void purpose(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path, Purpose purpose) {
        visitor.accept(path.property("name"), purpose.name());
        optional(visitor, path.property("description"), purpose.description());
        purpose.legalBasis().ifPresent(basis -> basis.kind().detailName()
                .ifPresent(detail -> optional(visitor, path.property("legalBasis").property(detail), basis.detail())));
        List<LegalBasis> alternatives = purpose.alternativeLegalBases();
        for (int i = 0; i < alternatives.size(); i++) {
            LegalBasis basis = alternatives.get(i);
            RegisterPath at = path.property("alternativeLegalBases").index(i);
            basis.kind().detailName().ifPresent(detail -> optional(visitor, at.property(detail), basis.detail()));
        }
        optional(visitor, path.property("objection"), purpose.objection());
        optional(visitor, path.property("criminalDataAuthorisation"), purpose.criminalDataAuthorisation());
    }

    private static void source(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path, Source source) {
        Map.Entry<String, LocalizedText> text = switch (source.kind()) {
            case DATA_SUBJECT -> Map.entry("description", ((Source.DataSubject) source).description());
            case INTERNAL -> Map.entry("description", ((Source.Internal) source).description());
            case EXTERNAL -> Map.entry("name", ((Source.External) source).name());
        };
        visitor.accept(path.property(text.getKey()), text.getValue());
        if (source instanceof Source.External external) {
            optional(visitor, path.property("supplies"), external.supplies());
            optional(visitor, path.property("reason"), external.reason());
        }
    }

    private static void transfers(BiConsumer<RegisterPath, LocalizedText> visitor, Transfers transfers) {
        List<Transfer> listed = switch (transfers.kind()) {
            case NONE -> {
                optional(visitor, RegisterPath.of("transfers", "statement"), ((Transfers.None) transfers).statement());
                yield List.of();
            }
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers();
            case MAY_OCCUR -> {
                optional(visitor, RegisterPath.of("transfers", "statement"),
                        ((Transfers.MayOccur) transfers).statement());
                yield List.of();
            }
        };
        for (int i = 0; i < listed.size(); i++) {
            Transfer transfer = listed.get(i);
            RegisterPath path = RegisterPath.of("transfers", "transfers").index(i);
            optional(visitor, path.property("recipient"), transfer.recipient());
            optional(visitor, path.property("safeguardCopy"), transfer.safeguardCopy());
        }
    }

    private static void optional(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path,
            Optional<LocalizedText> text) {
        text.ifPresent(value -> visitor.accept(path, value));
    }
}
