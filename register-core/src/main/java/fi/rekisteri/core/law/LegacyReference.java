package fi.rekisteri.core.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References to repealed Finnish law, dissolved authorities and withdrawn standards that old statements still carry,
 * each with what replaced it. {@link #findIn(String)} spots them in any text, Finnish inflections included.
 */
public enum LegacyReference {
    /** Henkilötietolaki 523/1999, repealed 1.1.2019. */
    PERSONAL_DATA_ACT(
            "henkilötietolaki 523/1999",
            "EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki 1050/2018",
            "EU:s allmänna dataskyddsförordning (EU) 2016/679 och dataskyddslagen 1050/2018",
            "the General Data Protection Regulation (EU) 2016/679 and the Data Protection Act 1050/2018",
            "\\bhenkilötietola(?:ki|in|kia|issa|ista|kiin|ille|ilta)\\b|\\b523/1999\\b|\\bpersonuppgiftslag\\w*"
                    + "|\\bpersonal data act\\b",
            "henkilötietola", "523/1999", "personuppgiftslag", "personal data act"),
    /** Sähköisen viestinnän tietosuojalaki 516/2004, repealed 1.1.2015. */
    ELECTRONIC_COMMUNICATIONS_PRIVACY_ACT(
            "sähköisen viestinnän tietosuojalaki 516/2004",
            "laki sähköisen viestinnän palveluista 917/2014",
            "lagen om tjänster inom elektronisk kommunikation 917/2014",
            "the Act on Electronic Communications Services 917/2014",
            "\\bsähköisen viestinnän tietosuojala(?:ki|in|kia|issa|ista|kiin)\\b|\\b516/2004\\b",
            "tietosuojala", "516/2004"),
    /** Viestintävirasto, merged into Traficom 1.1.2019. */
    FICORA(
            "Viestintävirasto",
            "Liikenne- ja viestintävirasto Traficom",
            "Transport- och kommunikationsverket Traficom",
            "the Finnish Transport and Communications Agency Traficom",
            "(?<!ja )\\bviestintäviras(?:to|ton|toa|tossa|tosta|toon|tolle|tolta)\\b"
                    + "|\\bkommunikationsverket\\b(?<!och kommunikationsverket)|\\bficora\\b",
            "viestintäviras", "kommunikationsverket", "ficora"),
    /** DIN 32757 on destroying data media, replaced by DIN 66399 in 2012. */
    DIN_32757(
            "DIN 32757",
            "DIN 66399",
            "DIN 66399",
            "DIN 66399",
            "\\bDIN\\s*32757\\b",
            "32757"),
    /** The EU–US Safe Harbor, invalidated 6.10.2015 (C-362/14). */
    SAFE_HARBOR(
            "Safe Harbor",
            "EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework) tai vakiosopimuslausekkeet",
            "dataskyddsramen mellan EU och USA (Data Privacy Framework) eller standardavtalsklausuler",
            "the EU–US Data Privacy Framework or standard contractual clauses",
            "\\bsafe[\\s-]+harbou?r\\w*",
            "harbo"),
    /** The EU–US Privacy Shield, invalidated 16.7.2020 (C-311/18). */
    PRIVACY_SHIELD(
            "Privacy Shield",
            "EU:n ja Yhdysvaltojen tietosuojakehys (Data Privacy Framework) tai vakiosopimuslausekkeet",
            "dataskyddsramen mellan EU och USA (Data Privacy Framework) eller standardavtalsklausuler",
            "the EU–US Data Privacy Framework or standard contractual clauses",
            "\\bprivacy[\\s-]+shield\\w*",
            "shield"),
    /** Itella, renamed Posti in 2015. */
    ITELLA(
            "Itella",
            "Posti Oy",
            "Posti Ab",
            "Posti Ltd",
            "\\bitella\\w*",
            "itella"),
    /** Väestörekisterikeskus, merged into Digi- ja väestötietovirasto 1.1.2020. */
    POPULATION_REGISTER_CENTRE(
            "Väestörekisterikeskus",
            "Digi- ja väestötietovirasto (DVV)",
            "Myndigheten för digitalisering och befolkningsdata (DVV)",
            "the Digital and Population Data Services Agency (DVV)",
            "\\bväestörekisterikesku\\w*|\\bbefolkningsregistercentral\\w*|\\bpopulation register cent(?:re|er)\\b",
            "väestörekisterikesk", "befolkningsregistercentral", "population register"),
    /** The local register offices (maistraatit), merged into Digi- ja väestötietovirasto 1.1.2020. */
    LOCAL_REGISTER_OFFICE(
            "maistraatti",
            "Digi- ja väestötietovirasto (DVV)",
            "Myndigheten för digitalisering och befolkningsdata (DVV)",
            "the Digital and Population Data Services Agency (DVV)",
            "\\bmaistraat\\w*|\\bmagistrat(?:en|et|er|erna)?\\b|\\blocal register offices?\\b",
            "maistraat", "magistrat", "register office"),
    /** The Data Protection Ombudsman's office under an old Swedish title. */
    OMBUDSMAN_OLD_TITLE(
            "dataombudsmannens kansli",
            "Tietosuojavaltuutetun toimisto",
            "Dataombudsmannens byrå",
            "the Office of the Data Protection Ombudsman",
            "\\bdataombudsmannens\\s+(?:kansli|kontor)\\w*",
            "dataombudsmannens"),
    /** A page address of the Ombudsman's old web site, {@code tietosuoja.fi/27305.htm}. */
    OLD_OMBUDSMAN_ADDRESS(
            "tietosuoja.fi/<numero>.htm",
            "tietosuoja.fi",
            "tietosuoja.fi/sv",
            "tietosuoja.fi/en",
            "\\btietosuoja\\.fi/(?:[\\w-]+/)*\\d+\\.html?\\b",
            "tietosuoja.fi/");

    private final String name;
    private final String replacementFi;
    private final String replacementSv;
    private final String replacementEn;
    private final Pattern pattern;
    /**
     * Words one of which every match of the pattern contains. Most texts contain none, and looking for them is much
     * cheaper than running the pattern: a register of 20,000 categories has 20,000 names to scan.
     */
    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, filled once in the constructor
    private final List<String> anchors;

    LegacyReference(String name, String fi, String sv, String en, String regex, String... anchors) {
        this.name = name;
        this.replacementFi = fi;
        this.replacementSv = sv;
        this.replacementEn = en;
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.anchors = List.of(anchors);
    }

    /** The repealed law, body or standard as it is usually cited. */
    public String legacyName() {
        return name;
    }

    /** What replaced it, in Finnish. */
    public String replacementFi() {
        return replacementFi;
    }

    /** What replaced it, in Swedish. */
    public String replacementSv() {
        return replacementSv;
    }

    /** What replaced it, in English. */
    public String replacementEn() {
        return replacementEn;
    }

    /** Whether the text refers to this legacy item. */
    public boolean isReferredToIn(String text) {
        Objects.requireNonNull(text, "text");
        for (String anchor : anchors) {
            if (containsIgnoringCase(text, anchor)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * Whether the text contains the word in any case. {@link String#regionMatches(boolean, int, String, int, int)}
     * folds case at least as widely as the pattern's {@code UNICODE_CASE}, so no text the pattern matches is missed.
     */
    private static boolean containsIgnoringCase(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            // The first letter in either ASCII case, or any non-ASCII character (such as the Kelvin sign for k).
            if ((c == lower || c == upper || c > 127) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A legacy item found in a text, with the words the text uses for it ({@code henkilötietolain},
     * {@code personuppgiftslagen}), so that a message quotes the text rather than the Finnish name.
     *
     * @param reference the legacy item
     * @param words its first mention in the text, as written
     */
    public record Occurrence(LegacyReference reference, String words) {

        /**
         * Creates an occurrence.
         *
         * @throws NullPointerException if an argument is null
         */
        public Occurrence {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(words, "words");
        }
    }

    /** The words of the text's first mention of this item, if it mentions it. */
    public Optional<String> firstMentionIn(String text) {
        Objects.requireNonNull(text, "text");
        if (!isReferredToIn(text)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** Every legacy item the text refers to with the words it uses, in declaration order. */
    public static List<Occurrence> occurrencesIn(String text) {
        Objects.requireNonNull(text, "text");
        List<Occurrence> found = new ArrayList<>();
        for (LegacyReference reference : values()) {
            reference.firstMentionIn(text).ifPresent(words -> found.add(new Occurrence(reference, words)));
        }
        return List.copyOf(found);
    }

    /** Every legacy item the text refers to, in declaration order. */
    public static List<LegacyReference> findIn(String text) {
        Objects.requireNonNull(text, "text");
        return Arrays.stream(values()).filter(reference -> reference.isReferredToIn(text)).toList();
    }
}
