package fi.rekisteri.export.internal.format;

import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parser reads a plain {@code ~} and a plain empty value as null, as YAML 1.2's core schema
 * does. Jackson resolves scalars by the JSON schema, where only {@code null} is null, so {@code name: ~} would be
 * the text "~"; a quoted {@code "~"} or {@code ""} stays a text.
 */
final class YamlNullsFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    YamlNullsFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) {
        return new NullsParser(readContext, ioContext, _getBufferRecycler(),
                readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), _loadSettings, reader);
    }

    private static final class NullsParser extends YAMLParser {

        NullsParser(ObjectReadContext readContext, IOContext ioContext, BufferRecycler recycler,
                int streamReadFeatures, int formatReadFeatures, LoadSettings settings, Reader reader) {
            super(readContext, ioContext, recycler, streamReadFeatures, formatReadFeatures, settings, reader);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent event) {
            String value = event.getValue();
            if (event.isPlain() && event.getTag().isEmpty() && (value.equals("~") || value.isEmpty())) {
                return JsonToken.VALUE_NULL;
            }
            return super._decodeScalar(event);
        }
    }
}
