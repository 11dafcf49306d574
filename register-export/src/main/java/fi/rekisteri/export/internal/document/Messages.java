package fi.rekisteri.export.internal.document;

import fi.rekisteri.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.Objects;

/**
 * A family of message bundles, one a language: the headings and fixed phrases of documents
 * ({@code messages_fi.properties} …, {@link #of}) and the wording of the answers to data subjects' requests
 * ({@code subject_fi.properties} …, {@link #ofSubjectRequests}). Loaded directly rather than through
 * {@link ResourceBundle#getBundle}, whose fallback to the JVM's default locale would silently mix languages, and whose
 * {@code Control} is not available in named modules.
 */
public final class Messages {

    private static final Map<Language, Messages> DOCUMENTS = loadAll("messages_");
    private static final Map<Language, Messages> SUBJECT_REQUESTS = loadAll("subject_");

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The document messages of a language. */
    public static Messages of(Language language) {
        return Objects.requireNonNull(DOCUMENTS.get(Objects.requireNonNull(language, "language")),
                "every language has its messages");
    }

    /** The messages of the answers to data subjects' requests in a language. */
    public static Messages ofSubjectRequests(Language language) {
        return Objects.requireNonNull(SUBJECT_REQUESTS.get(Objects.requireNonNull(language, "language")),
                "every language has its subject request messages");
    }

    /** The language of these messages. */
    public Language language() {
        return language;
    }

    /**
     * The message of a key, with {@code {0}}-style arguments filled in.
     *
     * @throws MissingResourceException when the bundle lacks the key: a programming error the bundle test catches
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Every key of the bundle, for tests that compare the languages. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    private static Map<Language, Messages> loadAll(String prefix) {
        Map<Language, Messages> byLanguage = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            byLanguage.put(language, new Messages(language, load(prefix + language.tag() + ".properties")));
        }
        return byLanguage;
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + Messages.class.getName());
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
