package fi.rekisteri.core.policy;

import fi.rekisteri.core.Coded;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A data subject's request to exercise a right, kept so that the controller can show it answered in time (GDPR
 * Art. 12(3)): without undue delay and at the latest within one month of receipt, or within two further months when
 * it told the subject of the extension, and why, within the first month.
 *
 * <p>Periods are counted as Regulation (EEC, Euratom) No 1182/71 counts them: a period of months ends on the day of
 * the last month that has the same number as the day of receipt, or on that month's last day when it has no such day
 * (received 31 January: due 28 February, or 29 in a leap year). The rule that moves a period ending on a Saturday,
 * Sunday or public holiday to the next working day is not applied, so the deadline computed is never later than the
 * law's.
 *
 * <pre>{@code
 * SubjectRequest request = SubjectRequest.received(SubjectId.of("customer-4711"), SubjectRequest.Kind.ACCESS,
 *         LocalDate.of(2026, 1, 31));
 * request.deadline();                                          // 2026-02-28
 * request.identityVerified(LocalDate.of(2026, 2, 2)).answered(LocalDate.of(2026, 2, 20)).answeredInTime(); // true
 * }</pre>
 *
 * <p>{@link #toString()} names the subject by pseudonym only.
 *
 * @param subject who made the request
 * @param kind which right it exercises
 * @param received the day the controller received it
 * @param identityVerified the day the requester's identity was verified, if it has been
 * @param extension the extension of the deadline, if any
 * @param answered the day it was answered, if it has been
 */
public record SubjectRequest(SubjectId subject, Kind kind, LocalDate received, Optional<LocalDate> identityVerified,
        Optional<Extension> extension, Optional<LocalDate> answered) {

    /** The months within which a request is answered (Art. 12(3)). */
    public static final int MONTHS = 1;

    /** The further months an extension adds (Art. 12(3)). */
    public static final int EXTENSION_MONTHS = 2;

    /** The rights a request exercises, with their stable codes. */
    public enum Kind implements Coded {
        /** Access to the data (Art. 15). */
        ACCESS,
        /** A copy of the data the subject provided, to take elsewhere (Art. 20). */
        PORTABILITY,
        /** Erasure (Art. 17). */
        ERASURE,
        /** Rectification (Art. 16). */
        RECTIFICATION,
        /** Objection to processing (Art. 21). */
        OBJECTION,
        /** Restriction of processing (Art. 18). */
        RESTRICTION;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "request kind");
        }
    }

    /**
     * The extension of the deadline by two further months (Art. 12(3)).
     *
     * <p>{@link #toString()} gives the reason's length, not the reason: a free text may name the subject.
     *
     * @param on the day the subject was told of it, within the first month
     * @param reason why the request needs more time: its complexity, or the number of requests
     */
    public record Extension(LocalDate on, String reason) {
        /**
         * Creates the extension.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the reason is blank
         */
        public Extension {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("the reason for extending the deadline is blank; Art. 12(3)"
                        + " requires telling the subject why");
            }
        }

        /** {@code Extension[told 2026-02-10, reason of 42 characters]}: never the reason itself. */
        @Override
        public String toString() {
            return "Extension[told " + on + ", reason of " + reason.length() + " characters]";
        }
    }

    /**
     * Creates a request; the days must follow one another as they can.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the verification, extension or answer precedes receipt, or the extension
     *     was told after the first month
     */
    public SubjectRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(identityVerified, "identityVerified");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(answered, "answered");
        identityVerified.ifPresent(day -> notBeforeReceipt(day, "identity verified", received));
        answered.ifPresent(day -> notBeforeReceipt(day, "answered", received));
        if (extension.isPresent()) {
            LocalDate on = extension.get().on();
            notBeforeReceipt(on, "extended", received);
            LocalDate first = received.plusMonths(MONTHS);
            if (on.isAfter(first)) {
                throw new IllegalArgumentException("extended on " + on + ", after the first month ended on " + first
                        + ": Art. 12(3) requires telling the subject within the first month");
            }
        }
    }

    /**
     * A request just received.
     *
     * @throws NullPointerException if an argument is null
     */
    public static SubjectRequest received(SubjectId subject, Kind kind, LocalDate received) {
        return new SubjectRequest(subject, kind, received, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void notBeforeReceipt(LocalDate day, String what, LocalDate received) {
        if (day.isBefore(received)) {
            throw new IllegalArgumentException(what + " on " + day + ", before the request was received on "
                    + received);
        }
    }

    /** The last day of the first month: the deadline without an extension. */
    public LocalDate firstDeadline() {
        return received.plusMonths(MONTHS);
    }

    /** The last day to answer: a month from receipt, three months when extended. */
    public LocalDate deadline() {
        return received.plusMonths(extension.isPresent() ? MONTHS + EXTENSION_MONTHS : MONTHS);
    }

    /**
     * Whether the request is open after its deadline on a day.
     *
     * @throws NullPointerException if {@code today} is null
     */
    public boolean isOverdueOn(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return answered.isEmpty() && today.isAfter(deadline());
    }

    /** Whether it was answered on or before its deadline; false while it is open. */
    public boolean answeredInTime() {
        return answered.filter(day -> !day.isAfter(deadline())).isPresent();
    }

    /**
     * This request with the requester's identity verified on a day.
     *
     * @throws NullPointerException if {@code on} is null
     * @throws IllegalArgumentException if the day precedes receipt
     */
    public SubjectRequest identityVerified(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return new SubjectRequest(subject, kind, received, Optional.of(on), extension, answered);
    }

    /**
     * This request with its deadline extended by two further months.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reason is blank, the day precedes receipt or falls after the first
     *     month
     * @throws IllegalStateException if it is answered or extended already
     */
    public SubjectRequest extended(LocalDate on, String reason) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
        if (answered.isPresent()) {
            throw new IllegalStateException("the request was answered on " + answered.get() + "; it cannot be extended");
        }
        if (extension.isPresent()) {
            throw new IllegalStateException("the request was extended on " + extension.get().on()
                    + " already; Art. 12(3) allows one extension of two months");
        }
        return new SubjectRequest(subject, kind, received, identityVerified, Optional.of(new Extension(on, reason)),
                answered);
    }

    /**
     * This request answered on a day.
     *
     * @throws NullPointerException if {@code on} is null
     * @throws IllegalArgumentException if the day precedes receipt
     * @throws IllegalStateException if it is answered already
     */
    public SubjectRequest answered(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (answered.isPresent()) {
            throw new IllegalStateException("the request was answered on " + answered.get() + " already");
        }
        return new SubjectRequest(subject, kind, received, identityVerified, extension, Optional.of(on));
    }

    /** {@code SubjectRequest[access, SubjectId[~…], received 2026-01-31, due 2026-02-28, open]}. */
    @Override
    public String toString() {
        return "SubjectRequest[" + kind.code() + ", " + subject + ", received " + received + ", due " + deadline()
                + ", " + answered.map(day -> "answered " + day).orElse("open") + "]";
    }
}
