package fi.rekisteri.core.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where personal data may flow freely: the EU/EEA member states and the countries with an adequacy decision of the
 * European Commission (GDPR Art. 45), as lists that carry the date they are valid on.
 *
 * <p>{@link #current()} reads the lists the library ships; {@link #of} builds other ones, for a newer decision or a
 * test.
 */
public final class TransferCountries {

    private static final TransferCountries CURRENT = load();

    private final LocalDate asOf;
    private final Set<String> eea;
    private final Map<String, Adequacy> adequacy;

    private TransferCountries(LocalDate asOf, Set<String> eea, Map<String, Adequacy> adequacy) {
        this.asOf = asOf;
        this.eea = Collections.unmodifiableSet(new TreeSet<>(eea));
        this.adequacy = Collections.unmodifiableMap(new TreeMap<>(adequacy));
    }

    /** The lists the library ships; see {@link #asOf()} for their date. */
    public static TransferCountries current() {
        return CURRENT;
    }

    /**
     * Lists of one's own.
     *
     * @param asOf the date the lists are valid on
     * @param eea ISO 3166-1 alpha-2 codes of the EU/EEA states
     * @param adequacy adequacy decisions by country code
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a country is both in the EEA and a third country
     */
    public static TransferCountries of(LocalDate asOf, Set<String> eea, Map<String, Adequacy> adequacy) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(eea, "eea");
        Objects.requireNonNull(adequacy, "adequacy");
        for (String code : eea) {
            if (adequacy.containsKey(code)) {
                throw new IllegalArgumentException("'" + code + "' is both in the EEA and a third country");
            }
        }
        return new TransferCountries(asOf, eea, adequacy);
    }

    /** The date these lists are valid on. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The EU/EEA member states' codes. */
    public Set<String> eea() {
        return eea;
    }

    /** Whether a country (ISO 3166-1 alpha-2) is an EU/EEA member state. */
    public boolean isEea(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return eea.contains(countryCode);
    }

    /** The adequacy decision covering a country, if there is one. */
    public Optional<Adequacy> adequacy(String countryCode) {
        Objects.requireNonNull(countryCode, "countryCode");
        return Optional.ofNullable(adequacy.get(countryCode));
    }

    /** Every adequacy decision, by country code. */
    public Map<String, Adequacy> adequacyDecisions() {
        return adequacy;
    }

    /**
     * An adequacy decision for one country.
     *
     * @param country ISO 3166-1 alpha-2 code
     * @param scope the organisations the decision is limited to ("organisations certified under the EU-US Data
     *     Privacy Framework"); empty when it covers the whole country
     */
    public record Adequacy(String country, Optional<String> scope) {
        /**
         * Creates a decision.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the country is not an upper-case alpha-2 code
         */
        public Adequacy {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(scope, "scope");
        }

        /** Whether the decision covers only some organisations in the country. */
        public boolean isPartial() {
            return scope.isPresent();
        }
    }

    private static TransferCountries load() {
        Properties properties = new Properties();
        try (InputStream in = TransferCountries.class.getResourceAsStream("transfer-countries.properties")) {
            if (in == null) {
                throw new IllegalStateException("transfer-countries.properties is missing from the library");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transfer-countries.properties", e);
        }
        Set<String> eea = new TreeSet<>();
        for (String code : properties.getProperty("eea", "").split(",", -1)) {
            eea.add(code.strip());
        }
        Map<String, Adequacy> adequacy = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("adequacy.")) {
                String code = name.substring("adequacy.".length());
                String scope = properties.getProperty(name).strip();
                adequacy.put(code, new Adequacy(code, "full".equals(scope) ? Optional.empty() : Optional.of(scope)));
            }
        }
        return of(LocalDate.parse(properties.getProperty("as-of")), eea, adequacy);
    }
}
