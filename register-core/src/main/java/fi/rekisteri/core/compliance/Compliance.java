package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Register;
import fi.rekisteri.core.law.TransferCountries;
import java.util.Objects;

/**
 * Checks a register against what the law requires a statement of a document type to say.
 *
 * <pre>{@code
 * ComplianceReport report = Compliance.check(register, DocumentType.ART_13_NOTICE);
 * for (Finding finding : report.errors()) {
 *     show(finding.ruleId(), finding.path(), finding.message(Language.FI)); // purpose.legal-basis, purposes[2].legalBasis
 * }
 * }</pre>
 *
 * <p>The check is deterministic, pure and thread-safe: the same register gives the same findings in the same order.
 * See {@link Rule} for what it tests, and the module README for the table of rules.
 */
public final class Compliance {

    private Compliance() {}

    /**
     * Checks the register against the document type, with the EU/EEA and adequacy lists the library ships.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ComplianceReport check(Register register, DocumentType documentType) {
        return check(register, documentType, TransferCountries.current());
    }

    /**
     * Checks the register against the document type, judging transfers by the given lists (a newer adequacy decision,
     * say).
     *
     * @throws NullPointerException if an argument is null
     */
    public static ComplianceReport check(Register register, DocumentType documentType, TransferCountries countries) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(countries, "countries");
        return Acknowledgements.apply(documentType, new Checker(register, documentType, countries).findings(),
                register.acknowledgements(), false);
    }

    /**
     * Checks the privacy notice as published with its short first layer: the findings of {@link #check} for the
     * notice, and those of the rules that concern the first layer alone ({@link Rule#FIRST_LAYER_NOTICE_URL}: the
     * register must say where the full notice is, for the first layer to point there).
     *
     * @param noticeType the notice the first layer summarises, {@link DocumentType#ART_13_NOTICE} or
     *     {@link DocumentType#ART_14_NOTICE}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException naming the type when it is not a privacy notice
     */
    public static ComplianceReport checkFirstLayer(Register register, DocumentType noticeType) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(noticeType, "noticeType");
        if (noticeType != DocumentType.ART_13_NOTICE && noticeType != DocumentType.ART_14_NOTICE) {
            throw new IllegalArgumentException("a first layer summarises an art13 or art14 notice, not "
                    + noticeType.code());
        }
        TransferCountries countries = TransferCountries.current();
        return Acknowledgements.apply(noticeType, new Checker(register, noticeType, countries, true).findings(),
                register.acknowledgements(), true);
    }
}
