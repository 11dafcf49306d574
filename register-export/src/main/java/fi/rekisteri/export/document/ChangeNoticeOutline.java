package fi.rekisteri.export.document;

import fi.rekisteri.core.Acknowledgement;
import fi.rekisteri.core.AutomatedDecisionMaking;
import fi.rekisteri.core.ContactPoint;
import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.DataCategory;
import fi.rekisteri.core.DataSubjectCategory;
import fi.rekisteri.core.Disclosure;
import fi.rekisteri.core.JointControl;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LegalBasis;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.NoDisclosures;
import fi.rekisteri.core.Organisation;
import fi.rekisteri.core.Purpose;
import fi.rekisteri.core.Register;
import fi.rekisteri.core.RegisterPath;
import fi.rekisteri.core.RetentionRule;
import fi.rekisteri.core.RightsRestriction;
import fi.rekisteri.core.Source;
import fi.rekisteri.core.Transfer;
import fi.rekisteri.core.Transfers;
import fi.rekisteri.core.diff.Change;
import fi.rekisteri.core.diff.RegisterDiff;
import fi.rekisteri.export.document.Block.Item;
import fi.rekisteri.export.internal.document.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The change notice for a register's web page: what changed since the previous version, section by section, and a
 * box of the changes the subjects are told of before the changed processing starts ("Muutokset 1.3.2026").
 *
 * <p>Changed acknowledgements of compliance findings are left out of the notice: they are the team's own record,
 * which no document prints, and say nothing of the processing to its subjects. {@code diff}'s lines list them.
 */
final class ChangeNoticeOutline {

    /** Where the statement that no data protection officer is designated is, its reason the change's value. */
    private static final RegisterPath NO_DPO = RegisterPath.of("noDataProtectionOfficer");

    private final Register before;
    private final Register after;
    private final OutlineParts beforeParts;
    private final OutlineParts afterParts;
    private final Language language;

    private ChangeNoticeOutline(Register before, Register after, Language language) {
        this.before = before;
        this.after = after;
        this.language = language;
        this.beforeParts = new OutlineParts(before, Messages.of(language));
        this.afterParts = new OutlineParts(after, Messages.of(language));
    }

    /** The notice of the changes from {@code before} to {@code after}, dated {@code date}, in the language. */
    static Outline of(Register before, Register after, Language language, LocalDate date) {
        return new ChangeNoticeOutline(before, after, language).outline(RegisterDiff.between(before, after), date);
    }

    /** What a change is about in words: the part's name or text, in the language; see {@link Documents}. */
    static String describe(Change<?> change, Register before, Register after, Language language) {
        return new ChangeNoticeOutline(before, after, language).describe(change);
    }

    private Outline outline(RegisterDiff diff, LocalDate date) {
        String dateText = date.format(DateTimeFormatter.ofPattern(afterParts.message("changes.date-pattern"),
                language.locale()));
        List<Change<?>> told = diff.changes().stream()
                .filter(c -> c.section() != fi.rekisteri.core.diff.Section.ACKNOWLEDGEMENTS).toList();
        List<Block> preamble = new ArrayList<>();
        preamble.add(afterParts.paragraph(afterParts.message(told.isEmpty() ? "changes.none" : "changes.lead")));
        List<Item> prior = diff.priorNoticeChanges().stream()
                .map(c -> afterParts.item(afterParts.message("changes.prior.item",
                        afterParts.text(c.priorNotice().orElseThrow().label()), describe(c))))
                .toList();
        if (!prior.isEmpty()) {
            preamble.add(new Block.Notice(afterParts.message("changes.prior.title"), prior));
        }
        Map<fi.rekisteri.core.diff.Section, List<Item>> bySection = new LinkedHashMap<>();
        for (Change<?> change : told) {
            bySection.computeIfAbsent(change.section(), s -> new ArrayList<>())
                    .add(afterParts.item(afterParts.message("changes.item",
                            afterParts.message("changes.kind." + change.kind().code()), describe(change))));
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((section, items) -> sections.add(new Section(Integer.toString(sections.size() + 1),
                afterParts.message("changes.section." + section.code()), List.of(new Block.BulletList(items)))));
        return new Outline(Documents.noticeType(after), language, afterParts.message("changes.title", dateText),
                afterParts.text(after.name()), after.name().resolve(language).language(), preamble, sections);
    }

    private String describe(Change<?> change) {
        // A removed part is named as the old register named it; the rest as the new one does.
        boolean removed = change.kind() == Change.Kind.REMOVED;
        OutlineParts parts = removed ? beforeParts : afterParts;
        Object value = (removed ? change.before() : change.after()).orElseThrow();
        String text = change.path().equals(NO_DPO) ? parts.message("dpo.none", value) : describe(value, parts);
        return ownerPurpose(change.path(), removed ? before : after)
                .map(purpose -> parts.text(purpose.name()) + ": " + text)
                .orElse(text);
    }

    /** The purpose a path inside a purpose ({@code purposes[1].legalBasis}) is in. */
    private static Optional<Purpose> ownerPurpose(RegisterPath path, Register register) {
        List<RegisterPath.Segment> segments = path.segments();
        if (segments.size() > 2 && segments.get(0).equals(new RegisterPath.Property("purposes"))
                && segments.get(1) instanceof RegisterPath.Index index
                && index.index() < register.purposes().size()) {
            return Optional.of(register.purposes().get(index.index()));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked") // the alternative legal bases are the only list a change holds
    private String describe(Object value, OutlineParts parts) {
        if (value instanceof LocalizedText text) {
            return parts.text(text);
        } else if (value instanceof Purpose purpose) {
            return parts.text(purpose.name());
        } else if (value instanceof DataCategory category) {
            return parts.text(category.name());
        } else if (value instanceof DataSubjectCategory subjects) {
            return parts.text(subjects.name());
        } else if (value instanceof Disclosure disclosure) {
            return parts.text(disclosure.recipient());
        } else if (value instanceof NoDisclosures none) {
            return none.statement().map(parts::text).orElse(parts.message("disclosures.none"));
        } else if (value instanceof Transfer transfer) {
            return parts.transferText(transfer);
        } else if (value instanceof Transfers transfers) {
            return transfersText(transfers, parts);
        } else if (value instanceof RetentionRule rule) {
            return parts.retentionText(rule);
        } else if (value instanceof LegalBasis basis) {
            return parts.basisName(basis);
        } else if (value instanceof List<?> list) {
            return ((List<LegalBasis>) list).stream().map(parts::basisName).collect(Collectors.joining(", "));
        } else if (value instanceof Source source) {
            return switch (source.kind()) {
                case DATA_SUBJECT -> parts.text(((Source.DataSubject) source).description());
                case INTERNAL -> parts.text(((Source.Internal) source).description());
                case EXTERNAL -> parts.externalSourceText((Source.External) source);
            };
        } else if (value instanceof Organisation organisation) {
            return parts.text(organisation.name());
        } else if (value instanceof ContactPoint point) {
            return point.role().map(role -> parts.text(role) + ", ").orElse("") + point.name();
        } else if (value instanceof JointControl joint) {
            return joint.controllers().stream().map(o -> parts.text(o.name())).collect(Collectors.joining(", "));
        } else if (value instanceof Acknowledgement acknowledgement) {
            // Who acknowledged it is left out, as from every document: it may name a person.
            return acknowledgement.ruleId() + " at "
                    + (acknowledgement.path().isRoot() ? "(register)" : acknowledgement.path().toString()) + ", "
                    + acknowledgement.on() + ": " + acknowledgement.reason();
        } else if (value instanceof Cookie cookie) {
            return cookie.name();
        } else if (value instanceof RightsRestriction restriction) {
            return parts.text(restriction.description());
        } else if (value instanceof AutomatedDecisionMaking decisions) {
            return switch (decisions.kind()) {
                case NONE -> parts.message("changes.automated.none");
                case USED -> parts.text(((AutomatedDecisionMaking.Used) decisions).description());
            };
        }
        // The Art. 9 condition and the §29 ground: their stable codes, as the register file writes them.
        return value instanceof fi.rekisteri.core.Coded coded ? coded.code() : value.toString();
    }

    private static String transfersText(Transfers transfers, OutlineParts parts) {
        return switch (transfers.kind()) {
            case NONE -> ((Transfers.None) transfers).statement().map(parts::text)
                    .orElse(parts.message("transfers.none"));
            case THIRD_COUNTRIES -> ((Transfers.ThirdCountries) transfers).transfers().stream()
                    .map(parts::transferText).collect(Collectors.joining("; "));
            case MAY_OCCUR -> ((Transfers.MayOccur) transfers).statement().map(parts::text)
                    .orElse(parts.message("transfers.may-occur"));
        };
    }
}
