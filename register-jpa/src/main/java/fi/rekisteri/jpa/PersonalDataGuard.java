package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.ProcessingLog;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * What {@link PersonalDataListener} needs besides the thread's {@link fi.rekisteri.core.policy.ProcessingScope}: the
 * processing log it records allowed access to, the clock that times the entries, and what to do outside any scope.
 *
 * <p>The persistence provider instantiates entity listeners itself, so they cannot be handed anything. The scope —
 * which subject, which purpose, which actor, checked against which policy — changes with every unit of work and is
 * bound to the thread by {@code ProcessingScope.run}. The log and the clock are the application's, the same for every
 * unit of work, so they are installed once at start-up, process-wide:
 *
 * <pre>{@code
 * PersonalDataGuard.recordingTo(log).install();                   // at start-up
 * scope.run(() -> em.find(Customer.class, id));                  // checked against scope, recorded in log
 * }</pre>
 *
 * <p>One guard serves the whole class loader; an application that keeps several logs installs one that routes. With
 * no guard installed the listener refuses every annotated entity: an access it cannot record must not happen.
 */
public final class PersonalDataGuard {

    private static final AtomicReference<PersonalDataGuard> INSTALLED = new AtomicReference<>();

    private final ProcessingLog log;
    private final Clock clock;
    private final OutsideScope outsideScope;

    private PersonalDataGuard(ProcessingLog log, Clock clock, OutsideScope outsideScope) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outsideScope = Objects.requireNonNull(outsideScope, "outsideScope");
    }

    /** A guard recording to the log with the system clock in UTC, refusing access outside any scope. */
    public static PersonalDataGuard recordingTo(ProcessingLog log) {
        return new PersonalDataGuard(log, Clock.systemUTC(), OutsideScope.DENY);
    }

    /** This guard timing its entries with the clock. */
    public PersonalDataGuard withClock(Clock clock) {
        return new PersonalDataGuard(log, clock, outsideScope);
    }

    /** This guard doing as told with access outside any scope. */
    public PersonalDataGuard withOutsideScope(OutsideScope outsideScope) {
        return new PersonalDataGuard(log, clock, outsideScope);
    }

    /** The log allowed access is recorded to. */
    public ProcessingLog log() {
        return log;
    }

    /** The clock that times the entries. */
    public Clock clock() {
        return clock;
    }

    /** What happens to access outside any scope. */
    public OutsideScope outsideScope() {
        return outsideScope;
    }

    /**
     * Makes this the guard every {@link PersonalDataListener} uses, until the returned installation is closed; closing
     * it restores the guard installed before (tests install one per test with try-with-resources).
     */
    public Installation install() {
        return new Installation(this, INSTALLED.getAndSet(this));
    }

    /** The guard installed now, if any. */
    public static Optional<PersonalDataGuard> installed() {
        return Optional.ofNullable(INSTALLED.get());
    }

    /** {@code PersonalDataGuard[InMemoryProcessingLog[3 entries], DENY]}. */
    @Override
    public String toString() {
        return "PersonalDataGuard[" + log + ", " + outsideScope + "]";
    }

    /** A guard's installation; closing it puts back what was installed before. */
    public static final class Installation implements AutoCloseable {

        private final PersonalDataGuard guard;
        private final @Nullable PersonalDataGuard previous;

        private Installation(PersonalDataGuard guard, @Nullable PersonalDataGuard previous) {
            this.guard = guard;
            this.previous = previous;
        }

        /** The installed guard. */
        public PersonalDataGuard guard() {
            return guard;
        }

        /** Restores the previous guard, unless another has been installed since (then that one stays). */
        @Override
        public void close() {
            INSTALLED.compareAndSet(guard, previous);
        }
    }
}
