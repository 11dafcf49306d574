package fi.rekisteri.core.law;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
            "\\bhenkilötietola(?:ki|in|kia|issa|ista|kiin|ille|ilta)\\b|\\b523/1999\\b|\\bpersonuppgiftslag"
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
            "32757");

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

    /** Every legacy item the text refers to, in declaration order. */
    public static List<LegacyReference> findIn(String text) {
        Objects.requireNonNull(text, "text");
        return Arrays.stream(values()).filter(reference -> reference.isReferredToIn(text)).toList();
    }
}
