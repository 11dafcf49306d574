package fi.rekisteri.core.taxonomy;

import fi.rekisteri.core.Coded;
import fi.rekisteri.core.IdentityCodeGround;
import fi.rekisteri.core.Language;
import fi.rekisteri.core.LocalizedText;
import fi.rekisteri.core.Sensitivity;
import fi.rekisteri.core.internal.Keys;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One word of a {@link Taxonomy}: a data category, a purpose or a data subject category, with its labels in Finnish,
 * Swedish and English.
 *
 * <p>The key is dotted like a register's keys: {@code contact.email} lies under {@code contact}, which must be an
 * entry of the same kind in the same taxonomy.
 *
 * @param key stable dotted key, such as {@code contact.email}
 * @param kind what the entry names
 * @param label the entry as a document lists it, in fi, sv and en
 * @param description one sentence on what the entry covers, in fi, sv and en
 * @param sensitivities the protections that apply to data of this category; empty for purposes and subjects
 * @param identityCodeGround for a purpose, the Tietosuojalaki §29 ground on which it may process the personal
 *     identity code, if it has one
 * @param dpvTerm the W3C Data Privacy Vocabulary term as a CURIE, such as {@code pd:EmailAddress}
 * @param fideslangKeys the keys of the fideslang default taxonomy this entry stands for
 */
public record TaxonomyEntry(
        String key,
        Kind kind,
        LocalizedText label,
        LocalizedText description,
        Set<Sensitivity> sensitivities,
        Optional<IdentityCodeGround> identityCodeGround,
        Optional<String> dpvTerm,
        List<String> fideslangKeys) {

    /** The three vocabularies a taxonomy holds. */
    public enum Kind implements Coded {
        /** A kind of personal data, as a register's {@code dataCategories} list them; code {@code data-category}. */
        DATA_CATEGORY,
        /** A purpose of processing (a data use, in Fides' words); code {@code purpose}. */
        PURPOSE,
        /** A group of data subjects; code {@code subject-category}. */
        SUBJECT_CATEGORY;

        /**
         * The kind of a stable code.
         *
         * @throws NullPointerException if {@code code} is null
         * @throws IllegalArgumentException naming the code and the codes that exist
         */
        public static Kind ofCode(String code) {
            return Coded.ofCode(Kind.class, code, "taxonomy kind");
        }
    }

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not a dotted key of lower-case letters, digits and hyphens; if a
     *     label or description lacks fi, sv or en; if an entry other than a data category has sensitivities or a
     *     data category has a §29 ground; if the DPV term is not a CURIE ({@code prefix:LocalName})
     */
    public TaxonomyEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sensitivities, "sensitivities");
        Objects.requireNonNull(identityCodeGround, "identityCodeGround");
        Objects.requireNonNull(dpvTerm, "dpvTerm");
        Objects.requireNonNull(fideslangKeys, "fideslangKeys");
        requireKey(key);
        requireAllLanguages(label, "label", key);
        requireAllLanguages(description, "description", key);
        sensitivities = sensitivities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(sensitivities));
        fideslangKeys = List.copyOf(fideslangKeys);
        if (!sensitivities.isEmpty() && kind != Kind.DATA_CATEGORY) {
            throw new IllegalArgumentException("taxonomy entry '" + key + "' is a " + kind.code()
                    + ": only data categories have sensitivities");
        }
        if (identityCodeGround.isPresent() && kind != Kind.PURPOSE) {
            throw new IllegalArgumentException("taxonomy entry '" + key + "' is a " + kind.code()
                    + ": only purposes have a §29 ground");
        }
        dpvTerm.ifPresent(term -> {
            if (!isCurie(term)) {
                throw new IllegalArgumentException("DPV term '" + term + "' of taxonomy entry '" + key
                        + "' is not a CURIE such as 'pd:EmailAddress'");
            }
        });
        for (String fideslang : fideslangKeys) {
            if (!isFideslangKey(fideslang)) {
                throw new IllegalArgumentException("fideslang key '" + fideslang + "' of taxonomy entry '" + key
                        + "' is not a fideslang key such as 'user.contact.email'");
            }
        }
    }

    /**
     * An entry with no sensitivities, §29 ground, DPV term or fideslang keys.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static TaxonomyEntry of(String key, Kind kind, LocalizedText label, LocalizedText description) {
        return new TaxonomyEntry(key, kind, label, description, Set.of(), Optional.empty(), Optional.empty(),
                List.of());
    }

    /** The key of the parent entry: {@code contact} for {@code contact.email}; empty for a top-level key. */
    public Optional<String> parentKey() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(key.substring(0, dot));
    }

    /** Whether data of this category is of the given sensitivity. */
    public boolean is(Sensitivity sensitivity) {
        Objects.requireNonNull(sensitivity, "sensitivity");
        return sensitivities.contains(sensitivity);
    }

    private static void requireAllLanguages(LocalizedText text, String what, String key) {
        Objects.requireNonNull(text, what);
        for (Language language : Language.values()) {
            if (!text.has(language)) {
                throw new IllegalArgumentException("taxonomy entry '" + key + "' has no " + language + " " + what);
            }
        }
    }

    /** Requires a key by the register model's rule, naming it a taxonomy key in the message. */
    static void requireKey(String key) {
        Objects.requireNonNull(key, "key");
        if (!Keys.isKey(key)) {
            String shown = key.length() <= 80 ? key : key.substring(0, 80) + "…";
            throw new IllegalArgumentException("taxonomy key '" + shown + "' is not a key: use lower-case letters,"
                    + " digits and hyphens, with dots between levels, such as 'contact.email'");
        }
    }

    private static boolean isCurie(String term) {
        int colon = term.indexOf(':');
        if (colon <= 0 || colon == term.length() - 1) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean ok = i < colon
                    ? (c >= 'a' && c <= 'z') || c == '-'
                    : i == colon || (Character.isLetterOrDigit(c) && c < 128) || (i > colon + 1 && c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFideslangKey(String key) {
        if (key.isEmpty() || key.startsWith(".") || key.endsWith(".") || key.contains("..")) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
