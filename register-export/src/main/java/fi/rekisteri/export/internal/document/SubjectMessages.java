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
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/** The wording of the answers to data subjects' requests, in {@code subject_<language>.properties}. */
public final class SubjectMessages {

    private static final Map<Language, SubjectMessages> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new SubjectMessages(language, load(language)));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private SubjectMessages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The messages of a language. */
    public static SubjectMessages of(Language language) {
        SubjectMessages messages = BY_LANGUAGE.get(language);
        if (messages == null) {
            throw new IllegalStateException("no subject request messages in " + language);
        }
        return messages;
    }

    /** The message of a key with its arguments filled in. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Every key, for tests that compare the languages. */
    public Set<String> keys() {
        return bundle.keySet();
    }

    private static ResourceBundle load(Language language) {
        String name = "subject_" + language.tag() + ".properties";
        try (InputStream in = SubjectMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + SubjectMessages.class.getName());
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
