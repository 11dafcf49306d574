package fi.rekisteri.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register's joint controllers (GDPR Art. 26): the controllers beside the register's {@linkplain
 * Register#controller() controller} that determine the purposes and means together with it, the essence of their
 * arrangement, which must be made available to the data subjects (26(2)), and the contact point the arrangement may
 * designate for them (26(1)).
 *
 * @param controllers the other joint controllers, each with its identity and contact details; at least one
 * @param essence the essence of the arrangement: who answers for what, towards the subjects in particular
 * @param contactPoint the point of contact for data subjects, where the arrangement designates one
 */
public record JointControl(List<Organisation> controllers, Optional<LocalizedText> essence,
        Optional<ContactPoint> contactPoint) {

    /**
     * Creates the statement of joint control.
     *
     * @throws NullPointerException if an argument or a controller is null
     * @throws IllegalArgumentException if no controller is given
     */
    public JointControl {
        Objects.requireNonNull(controllers, "controllers");
        for (int i = 0; i < controllers.size(); i++) {
            Objects.requireNonNull(controllers.get(i), "controllers[" + i + "]");
        }
        Objects.requireNonNull(essence, "essence");
        Objects.requireNonNull(contactPoint, "contactPoint");
        controllers = List.copyOf(controllers);
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("joint control needs at least one other controller");
        }
    }

    /**
     * Joint control with the given controllers and the essence of the arrangement, no contact point of its own.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no controller is given
     */
    public static JointControl of(List<Organisation> controllers, LocalizedText essence) {
        Objects.requireNonNull(essence, "essence");
        return new JointControl(controllers, Optional.of(essence), Optional.empty());
    }

    /**
     * This joint control with a contact point for data subjects.
     *
     * @throws NullPointerException if {@code contactPoint} is null
     */
    public JointControl withContactPoint(ContactPoint contactPoint) {
        Objects.requireNonNull(contactPoint, "contactPoint");
        return new JointControl(controllers, essence, Optional.of(contactPoint));
    }
}
