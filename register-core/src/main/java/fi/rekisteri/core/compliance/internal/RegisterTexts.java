package fi.rekisteri.core.compliance.internal;

import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
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
    public static void forEach(Register register, BiConsumer<String, LocalizedText> visitor) {
        visitor.accept("name", register.name());
        for (Topic topic : Topic.values()) {
            register.introduction(topic).ifPresent(text -> visitor.accept("introductions." + topic.code(), text));
        }
        List<DataSubjectCategory> subjects = register.subjectCategories();
        for (int i = 0; i < subjects.size(); i++) {
            String path = "subjectCategories[" + i + "]";
            visitor.accept(path + ".name", subjects.get(i).name());
            optional(visitor, path + ".description", subjects.get(i).description());
        }
        List<DataCategory> categories = register.dataCategories();
        for (int i = 0; i < categories.size(); i++) {
            String path = "dataCategories[" + i + "]";
            visitor.accept(path + ".name", categories.get(i).name());
            optional(visitor, path + ".description", categories.get(i).description());
        }
        List<Purpose> purposes = register.purposes();
        for (int i = 0; i < purposes.size(); i++) {
            purpose(visitor, "purposes[" + i + "]", purposes.get(i));
        }
        List<Source> sources = register.sources();
        for (int i = 0; i < sources.size(); i++) {
            source(visitor, "sources[" + i + "]", sources.get(i));
        }
        List<Disclosure> disclosures = register.disclosures();
        for (int i = 0; i < disclosures.size(); i++) {
            String path = "disclosures[" + i + "]";
            visitor.accept(path + ".recipient", disclosures.get(i).recipient());
            optional(visitor, path + ".basis", disclosures.get(i).basis());
        }
        register.transfers().ifPresent(transfers -> transfers(visitor, transfers));
        List<RetentionRule> retention = register.retention();
        for (int i = 0; i < retention.size(); i++) {
            String path = "retention[" + i + "].retention";
            Retention rule = retention.get(i).retention();
            if (rule instanceof Retention.AfterEvent after) {
                visitor.accept(path + ".event", after.event());
            } else if (rule instanceof Retention.Criteria criteria) {
                visitor.accept(path + ".criteria", criteria.criteria());
            }
        }
        SecurityMeasures security = register.security();
        optional(visitor, "security.general", security.general());
        optional(visitor, "security.manual", security.manual());
        optional(visitor, "security.electronic", security.electronic());
        if (register.automatedDecisionMaking().orElse(null) instanceof AutomatedDecisionMaking.Used used) {
            visitor.accept("automatedDecisionMaking.description", used.description());
        }
        optional(visitor, "provisionRequirement", register.provisionRequirement());
    }

    private static void purpose(BiConsumer<String, LocalizedText> visitor, String path, Purpose purpose) {
        visitor.accept(path + ".name", purpose.name());
        optional(visitor, path + ".description", purpose.description());
        String basis = path + ".legalBasis";
        LegalBasis legalBasis = purpose.legalBasis().orElse(null);
        if (legalBasis instanceof LegalBasis.Consent consent) {
            optional(visitor, basis + ".withdrawal", consent.withdrawal());
        } else if (legalBasis instanceof LegalBasis.LegalObligation obligation) {
            optional(visitor, basis + ".law", obligation.law());
        } else if (legalBasis instanceof LegalBasis.PublicTask task) {
            optional(visitor, basis + ".law", task.law());
        } else if (legalBasis instanceof LegalBasis.LegitimateInterests interests) {
            optional(visitor, basis + ".interests", interests.interests());
        }
        optional(visitor, path + ".objection", purpose.objection());
        optional(visitor, path + ".criminalDataAuthorisation", purpose.criminalDataAuthorisation());
    }

    private static void source(BiConsumer<String, LocalizedText> visitor, String path, Source source) {
        if (source instanceof Source.DataSubject subject) {
            visitor.accept(path + ".description", subject.description());
        } else if (source instanceof Source.Internal internal) {
            visitor.accept(path + ".description", internal.description());
        } else if (source instanceof Source.External external) {
            visitor.accept(path + ".name", external.name());
            optional(visitor, path + ".supplies", external.supplies());
            optional(visitor, path + ".reason", external.reason());
        }
    }

    private static void transfers(BiConsumer<String, LocalizedText> visitor, Transfers transfers) {
        if (transfers instanceof Transfers.None none) {
            optional(visitor, "transfers.statement", none.statement());
        } else if (transfers instanceof Transfers.ThirdCountries third) {
            for (int i = 0; i < third.transfers().size(); i++) {
                Transfer transfer = third.transfers().get(i);
                String path = "transfers.transfers[" + i + "]";
                optional(visitor, path + ".recipient", transfer.recipient());
                optional(visitor, path + ".safeguardCopy", transfer.safeguardCopy());
            }
        }
    }

    private static void optional(BiConsumer<String, LocalizedText> visitor, String path, Optional<LocalizedText> text) {
        text.ifPresent(value -> visitor.accept(path, value));
    }
}
