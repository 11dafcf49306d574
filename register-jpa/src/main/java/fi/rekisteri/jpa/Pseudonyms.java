package fi.rekisteri.jpa;

import fi.rekisteri.core.policy.PseudonymKey;
import java.util.Optional;

/** How the toString of a value that may be logged shows who changed something, and why: never as given. */
final class Pseudonyms {

    private Pseudonyms() {}

    /** {@code author ~pseudonym} under the key in use, or {@code no author}. */
    static String author(Optional<String> author) {
        return author.map(name -> "author ~" + PseudonymKey.current().actorPseudonym(name)).orElse("no author");
    }

    /** {@code comment of N characters}, or {@code no comment}. */
    static String comment(Optional<String> comment) {
        return comment.map(text -> "comment of " + text.length() + " characters").orElse("no comment");
    }
}
