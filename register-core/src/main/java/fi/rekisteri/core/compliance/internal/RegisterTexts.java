package fi.rekisteri.core.compliance.internal;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.Retention;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.SecurityMeasures;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Topic;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Visits every {@link LocalizedText} of a register with its path, in the order a statement presents them: name,
 * lead-in texts (in {@link Topic} order), subject and data categories, purposes, sources, disclosures, transfers,
 * retention, security, automated decision-making and the provision requirement.
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
        }
        List<DataCategory> categories = register.dataCategories();
        for (int i = 0; i < categories.size(); i++) {
            RegisterPath path = RegisterPath.of("dataCategories").index(i);
            visitor.accept(path.property("name"), categories.get(i).name());
            optional(visitor, path.property("description"), categories.get(i).description());
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
        register.transfers().ifPresent(transfers -> transfers(visitor, transfers));
        List<RetentionRule> retention = register.retention();
        for (int i = 0; i < retention.size(); i++) {
            RegisterPath path = RegisterPath.of("retention").index(i).property("retention");
            Retention rule = retention.get(i).retention();
            if (rule instanceof Retention.AfterEvent after) {
                visitor.accept(path.property("event"), after.event());
            } else if (rule instanceof Retention.Criteria criteria) {
                visitor.accept(path.property("criteria"), criteria.criteria());
            }
        }
        SecurityMeasures security = register.security();
        optional(visitor, RegisterPath.of("security", "general"), security.general());
        optional(visitor, RegisterPath.of("security", "manual"), security.manual());
        optional(visitor, RegisterPath.of("security", "electronic"), security.electronic());
        if (register.automatedDecisionMaking().orElse(null) instanceof AutomatedDecisionMaking.Used used) {
            visitor.accept(RegisterPath.of("automatedDecisionMaking", "description"), used.description());
        }
        optional(visitor, RegisterPath.of("provisionRequirement"), register.provisionRequirement());
    }

    private static void purpose(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path, Purpose purpose) {
        visitor.accept(path.property("name"), purpose.name());
        optional(visitor, path.property("description"), purpose.description());
        RegisterPath basis = path.property("legalBasis");
        LegalBasis legalBasis = purpose.legalBasis().orElse(null);
        if (legalBasis instanceof LegalBasis.Consent consent) {
            optional(visitor, basis.property("withdrawal"), consent.withdrawal());
        } else if (legalBasis instanceof LegalBasis.LegalObligation obligation) {
            optional(visitor, basis.property("law"), obligation.law());
        } else if (legalBasis instanceof LegalBasis.PublicTask task) {
            optional(visitor, basis.property("law"), task.law());
        } else if (legalBasis instanceof LegalBasis.LegitimateInterests interests) {
            optional(visitor, basis.property("interests"), interests.interests());
        }
        optional(visitor, path.property("objection"), purpose.objection());
        optional(visitor, path.property("criminalDataAuthorisation"), purpose.criminalDataAuthorisation());
    }

    private static void source(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path, Source source) {
        if (source instanceof Source.DataSubject subject) {
            visitor.accept(path.property("description"), subject.description());
        } else if (source instanceof Source.Internal internal) {
            visitor.accept(path.property("description"), internal.description());
        } else if (source instanceof Source.External external) {
            visitor.accept(path.property("name"), external.name());
            optional(visitor, path.property("supplies"), external.supplies());
            optional(visitor, path.property("reason"), external.reason());
        }
    }

    private static void transfers(BiConsumer<RegisterPath, LocalizedText> visitor, Transfers transfers) {
        if (transfers instanceof Transfers.None none) {
            optional(visitor, RegisterPath.of("transfers", "statement"), none.statement());
        } else if (transfers instanceof Transfers.ThirdCountries third) {
            for (int i = 0; i < third.transfers().size(); i++) {
                Transfer transfer = third.transfers().get(i);
                RegisterPath path = RegisterPath.of("transfers", "transfers").index(i);
                optional(visitor, path.property("recipient"), transfer.recipient());
                optional(visitor, path.property("safeguardCopy"), transfer.safeguardCopy());
            }
        }
    }

    private static void optional(BiConsumer<RegisterPath, LocalizedText> visitor, RegisterPath path,
            Optional<LocalizedText> text) {
        text.ifPresent(value -> visitor.accept(path, value));
    }
}
