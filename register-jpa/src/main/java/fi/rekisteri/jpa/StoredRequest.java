package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.SubjectRequest;
import java.util.Objects;

/**
 * A subject's request as {@link SubjectRequestStore} keeps it.
 *
 * @param id the store's id of the request
 * @param request the request
 */
public record StoredRequest(long id, SubjectRequest request) {

    /** Checks the parts. */
    public StoredRequest {
        Objects.requireNonNull(request, "request");
    }
}
