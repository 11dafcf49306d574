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
                register.acknowledgements());
    }
}
