package fi.rekisteri.jpa;

import java.util.List;

/**
 * Thrown by {@link PersonalDataListener} when an entity holding personal data is loaded or written with no {@link
 * fi.rekisteri.core.policy.ProcessingScope} bound to the thread, or with no {@link PersonalDataGuard} installed to
 * record the access. The message names the entity class and its categories, never the entity's values.
 */
public final class MissingProcessingScopeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final List<String> categories;

    MissingProcessingScopeException(String entity, List<String> categories, String operation, String missing) {
        super("cannot " + operation + " " + entity + " (personal data " + categories + "): " + missing);
        this.entity = entity;
        this.categories = List.copyOf(categories);
    }

    /** The entity class's name. */
    public String entity() {
        return entity;
    }

    /** The keys of the data categories the entity holds. */
    public List<String> categories() {
        return categories;
    }
}
