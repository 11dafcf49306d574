package fi.rekisteri.core.compliance;

import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a {@link Finding} says was broken: one of the library's compliance {@link Rule}s, or a requirement an
 * organisation set itself ({@link Custom}, such as a rule of {@code fi.rekisteri.core.rules.OrganisationRules}).
 * Both have a stable id and a message in fi, sv and en, so that every finding is reported the same way.
 */
public sealed interface Requirement permits Rule, Requirement.Custom {

    /** The stable id: {@code purpose.legal-basis} for a compliance rule, the organisation's own id for its rules. */
    String id();

    /** The message in a language, its {@link MessageFormat} placeholders filled with the arguments. */
    String message(Language language, Object... arguments);

    /**
     * A requirement an organisation set itself, with its own id and message.
     *
     * @param id the organisation's stable id for it, such as {@code no-health-marketing}: lower-case letters,
     *     digits and inner hyphens, with dots between levels
     * @param message the message in fi, sv and en, a {@link MessageFormat} pattern in each (argument
     *     {@code {0}} is the value the finding is about, where it has one)
     */
    record Custom(String id, LocalizedText message) implements Requirement {

        private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

        /**
         * Creates the requirement.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the id is not a key, or it is the id of a compliance {@link Rule}
         */
        public Custom {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id '" + id + "' is not a key: use lower-case letters,"
                        + " digits and hyphens, with dots between levels, such as 'no-health-marketing'");
            }
            Objects.requireNonNull(message, "message");
            for (Rule rule : Rule.values()) {
                if (rule.id().equals(id)) {
                    throw new IllegalArgumentException("rule id '" + id + "' is the id of a compliance rule;"
                            + " choose another so that findings can be told apart");
                }
            }
        }

        @Override
        public String message(Language language, Object... arguments) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(arguments, "arguments");
            String pattern = message.text(language);
            try {
                return new MessageFormat(pattern, language.locale()).format(arguments);
            } catch (IllegalArgumentException e) {
                // A message that is not a valid pattern (an unpaired brace) is shown as written.
                return pattern;
            }
        }
    }
}
