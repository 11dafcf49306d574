package fi.rekisteri.jpa;

import java.util.Objects;
import java.util.Optional;

/**
 * Who made a change to a register and why, stored with the revision it creates.
 *
 * <pre>{@code
 * store.save(register, 3, Change.by("maija.meikalainen").because("New purpose: newsletter"));
 * }</pre>
 *
 * @param author who made the change, as the application names its users
 * @param comment why
 */
public record Change(Optional<String> author, Optional<String> comment) {

    private static final Change UNDESCRIBED = new Change(Optional.empty(), Optional.empty());

    /** Checks the parts: neither is blank. */
    public Change {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(comment, "comment");
        author.ifPresent(a -> requireText(a, "author"));
        comment.ifPresent(c -> requireText(c, "comment"));
    }

    private static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank; leave it out instead");
        }
    }

    /** A change with neither author nor comment. */
    public static Change undescribed() {
        return UNDESCRIBED;
    }

    /** A change made by an author. */
    public static Change by(String author) {
        return new Change(Optional.of(author), Optional.empty());
    }

    /** This change with a comment saying why. */
    public Change because(String comment) {
        return new Change(author, Optional.of(comment));
    }

    /**
     * {@code Change[author ~9d01c2b3a4e5f607, comment of 24 characters]}: the author by pseudonym
     * ({@link fi.rekisteri.core.policy.PseudonymKey}), the comment by its length, as either may name a person.
     */
    @Override
    public String toString() {
        return "Change[" + Pseudonyms.author(author) + ", " + Pseudonyms.comment(comment) + "]";
    }
}
