package fi.rekisteri.jpa.internal;

import fi.rekisteri.jpa.PublishedRevision;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Marks revisions as published and lists them, for {@code RegisterStore}. */
public final class PublicationRepository {

    private PublicationRepository() {}

    /**
     * Marks a revision published at {@code at}, or returns when it was published already; empty when the register
     * has no such revision.
     */
    public static Optional<PublishedRevision> publish(EntityManager em, String key, int number, Instant at) {
        List<RevisionEntity> revisions = em.createQuery(
                        "select r from RekisteriRevision r where r.registerKey = :key and r.number = :number",
                        RevisionEntity.class)
                .setParameter("key", key)
                .setParameter("number", number)
                .getResultList();
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        long id = Objects.requireNonNull(revisions.get(0).id, "a stored revision has its id");
        PublicationEntity existing = em.find(PublicationEntity.class, id);
        if (existing != null) {
            return Optional.of(published(existing));
        }
        PublicationEntity publication = new PublicationEntity(id, key, number, at);
        em.persist(publication);
        return Optional.of(published(publication));
    }

    /** The published revisions of a register, in the order they were published. */
    public static List<PublishedRevision> published(EntityManager em, String key) {
        return em.createQuery("select p from RekisteriPublication p where p.registerKey = :key"
                        + " order by p.publishedAt, p.number", PublicationEntity.class)
                .setParameter("key", key)
                .getResultStream()
                .map(PublicationRepository::published)
                .toList();
    }

    private static PublishedRevision published(PublicationEntity p) {
        return new PublishedRevision(p.registerKey, p.number, p.publishedAt);
    }
}
