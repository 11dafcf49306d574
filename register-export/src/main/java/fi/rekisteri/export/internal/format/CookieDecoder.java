package fi.rekisteri.export.internal.format;

import fi.rekisteri.core.Cookie;
import fi.rekisteri.core.CookieLifetime;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.RegisterPath;
import java.util.List;
import java.util.Optional;

/** Decodes the cookies and similar technologies of the register's service. */
final class CookieDecoder {

    private final NodeReader read;

    CookieDecoder(NodeReader read) {
        this.read = read;
    }

    Optional<Cookie> cookie(Node node, RegisterPath path) {
        return read.object(node, path, RegisterFormatNames.COOKIE).flatMap(o -> {
            Optional<String> key = read.text(o, "key", true);
            Optional<String> name = read.text(o, "name", true);
            Optional<LocalizedText> description = read.localized(o, "description", true);
            boolean necessary = read.flag(o, "strictlyNecessary");
            Optional<CookieLifetime> lifetime = read.parsed(o, "lifetime", CookieLifetime::parse);
            boolean thirdParty = read.flag(o, "thirdParty");
            Optional<LocalizedText> provider = read.localized(o, "provider", false);
            Optional<String> country = read.text(o, "providerCountry", false);
            List<String> purposes = read.keys(o, "purposes");
            if (key.isEmpty() || name.isEmpty() || description.isEmpty()) {
                return Optional.empty();
            }
            return read.construct(o.node("key"), o.path("key"), () -> new Cookie(key.get(), name.get(),
                    description.get(), necessary, lifetime, thirdParty, provider, country, purposes));
        });
    }
}
