package fi.rekisteri.core.compliance.internal;

import fi.rekisteri.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compliance messages in Finnish, Swedish and English, read once from the UTF-8 bundles
 * {@code fi/rekisteri/core/compliance/messages_<tag>.properties}.
 *
 * <p>The bundles are read directly rather than through {@link java.util.ResourceBundle}: a language never falls back
 * to the JVM's default locale, and a custom {@code ResourceBundle.Control} would not work in a named module.
 */
public final class Messages {

    /** Where the bundles are, as a resource name without the language suffix. */
    public static final String BASE_NAME = "/fi/rekisteri/core/compliance/messages";

    private static final Map<Language, Map<String, String>> BUNDLES = load();

    private Messages() {}

    /**
     * The message of a key in a language, with its {@link MessageFormat} placeholders filled in.
     *
     * @throws IllegalStateException when the bundle lacks the key (a library bug, caught by its tests)
     */
    public static String format(String key, Language language, Object... arguments) {
        return new MessageFormat(pattern(key, language), language.locale()).format(arguments);
    }

    /**
     * The unformatted {@link MessageFormat} pattern of a key in a language.
     *
     * @throws IllegalStateException when the bundle lacks the key (a library bug, caught by its tests)
     */
    public static String pattern(String key, Language language) {
        String pattern = bundle(language).get(key);
        if (pattern == null) {
            throw new IllegalStateException("no " + language + " message for '" + key + "' in " + BASE_NAME);
        }
        return pattern;
    }

    /** The keys of one language's bundle. */
    public static Set<String> keys(Language language) {
        return bundle(language).keySet();
    }

    private static Map<String, String> bundle(Language language) {
        return Objects.requireNonNull(BUNDLES.get(language), "every language has a bundle");
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = BASE_NAME + "_" + language.tag() + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the library");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            Map<String, String> messages = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            bundles.put(language, Collections.unmodifiableMap(messages));
        }
        return Collections.unmodifiableMap(bundles);
    }
}
