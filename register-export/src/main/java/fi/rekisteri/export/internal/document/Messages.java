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
 * The headings and fixed phrases of documents, one bundle a language ({@code messages_fi.properties} …). Loaded
 * directly rather than through {@link ResourceBundle#getBundle}, whose fallback to the JVM's default locale would
 * silently mix languages, and whose {@code Control} is not available in named modules.
 */
public final class Messages {

    private static final Map<Language, Messages> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Messages(language, load(language)));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The messages of a language. */
    public static Messages of(Language language) {
        return Objects.requireNonNull(BY_LANGUAGE.get(Objects.requireNonNull(language, "language")),
                "every language has its messages");
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

    private static ResourceBundle load(Language language) {
        String name = "messages_" + language.tag() + ".properties";
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
