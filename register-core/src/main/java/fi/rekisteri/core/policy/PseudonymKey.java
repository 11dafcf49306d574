package fi.rekisteri.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's secret for pseudonyms: a subject's or an actor's pseudonym is the first 8 bytes of an
 * HMAC-SHA256, under this key, of the value, in hex. Without the key no one can tell which id a pseudonym in a log
 * stands for, not even by trying every {@code customer-NNNN}; with it, the application (and only it) can find the
 * log lines about one subject by computing the subject's pseudonym.
 *
 * <pre>{@code
 * PseudonymKey.fromBase64(System.getenv("REKISTERI_PSEUDONYM_KEY")).install();   // at start-up
 * log.info("loaded {}", subjectId);                                              // SubjectId[~3f2a9c0e17b4d855]
 * }</pre>
 *
 * <p><strong>Keep the key secret and stable.</strong> Generate it once ({@code openssl rand -base64 32}), keep it
 * where the application keeps its other secrets, and give every instance of the application the same one, so that
 * their log lines about one subject carry one pseudonym.
 *
 * <p><strong>Rotating the key</strong> changes every pseudonym: log lines written after the rotation no longer link
 * to those written before, and an old line can be traced only with the old key. Nothing stored depends on a
 * pseudonym (the processing log keeps the subject id itself), so rotation loses no data; keep an old key only as long
 * as its log lines must stay traceable. The key's {@link #id()} (printed by {@link #toString()}) tells which key made
 * a log's pseudonyms without revealing the key.
 *
 * <p><strong>No key installed:</strong> {@link SubjectId#toString()} and the library's own log lines then use a key
 * generated at random for this run of the process, with one warning in the log (naming only its {@link #id()}). Such
 * pseudonyms are safe (no one can invert them) but link only within one run: there is no built-in key, so none can
 * leak. An application that must not run without its key checks {@link #installed()} at start-up.
 *
 * <p>Immutable and thread-safe. The key never appears in {@link #toString()}, in an exception or in a log.
 */
public final class PseudonymKey {

    /** The fewest secret bytes accepted: RFC 2104 advises no less than the hash's length, 32 for SHA-256. */
    public static final int MIN_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_BYTES = 8;
    private static final int ID_BYTES = 4;
    // Subjects and actors get pseudonyms from separate domains, so that an actor named like a subject id does not
    // share its pseudonym.
    private static final byte SUBJECT_DOMAIN = 's';
    private static final byte ACTOR_DOMAIN = 'a';
    private static final byte ID_DOMAIN = 'k';

    private static final AtomicReference<PseudonymKey> INSTALLED = new AtomicReference<>();

    private final SecretKeySpec key;
    /** Initialised once; each pseudonym is computed on a clone, as a Mac is not thread-safe and init is costly. */
    private final Mac prototype;
    private final String id;

    private PseudonymKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.prototype = newMac(key);
        this.id = hex(mac(ID_DOMAIN, "rekisteri pseudonym key id"), ID_BYTES);
    }

    /**
     * A key of the application's secret bytes; the array is copied.
     *
     * @param secret at least {@value #MIN_BYTES} random bytes
     * @return the key
     * @throws IllegalArgumentException if there are fewer bytes, or all of them are the same (no secret at all)
     */
    public static PseudonymKey of(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs at least " + MIN_BYTES + " bytes, was given "
                    + secret.length);
        }
        boolean allSame = true;
        for (byte b : secret) {
            allSame &= b == secret[0];
        }
        if (allSame) {
            throw new IllegalArgumentException("a pseudonym key of " + secret.length
                    + " identical bytes is no secret; generate random bytes");
        }
        return new PseudonymKey(secret.clone());
    }

    /**
     * A key of Base64 text (standard or URL-safe alphabet, padding optional), such as an environment variable set to
     * the output of {@code openssl rand -base64 32}. Surrounding whitespace is ignored.
     *
     * @param base64 the secret in Base64
     * @return the key
     * @throws IllegalArgumentException if the text is not Base64 or decodes to too few bytes; the message never
     *     quotes the text
     */
    public static PseudonymKey fromBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        String text = base64.strip();
        byte[] secret;
        try {
            secret = (text.indexOf('-') >= 0 || text.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(text);
        } catch (IllegalArgumentException e) {
            // The decoder's own message quotes the offending character; a key must not end up in a log even in part.
            throw new IllegalArgumentException("the pseudonym key is not valid Base64 (" + text.length()
                    + " characters)");
        }
        try {
            return of(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A new random key of {@value #MIN_BYTES} bytes from a {@link SecureRandom}. */
    public static PseudonymKey generate() {
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        return new PseudonymKey(secret);
    }

    /**
     * The key installed for the process, if the application has installed one.
     *
     * @return the installed key
     */
    public static Optional<PseudonymKey> installed() {
        return Optional.ofNullable(INSTALLED.get());
    }

    /**
     * The key pseudonyms are made with now: the {@link #installed()} one, or else this run's random key (a warning is
     * logged the first time).
     *
     * @return the key in use
     */
    public static PseudonymKey current() {
        PseudonymKey installed = INSTALLED.get();
        return installed != null ? installed : Ephemeral.KEY;
    }

    /**
     * Makes this the key {@link SubjectId#pseudonym()} and every {@code toString} of the library uses, until the
     * returned installation is closed; closing it restores the key installed before (tests install one per test with
     * try-with-resources). An application installs its key once at start-up and never closes it.
     *
     * @return the installation
     */
    public Installation install() {
        return new Installation(this, INSTALLED.getAndSet(this));
    }

    /**
     * The subject's pseudonym under this key: 16 hex digits.
     *
     * @param subject the subject
     * @return the pseudonym
     */
    public String pseudonym(SubjectId subject) {
        Objects.requireNonNull(subject, "subject");
        return hex(mac(SUBJECT_DOMAIN, subject.value()), PSEUDONYM_BYTES);
    }

    /**
     * An actor's pseudonym under this key: 16 hex digits, never equal to a subject's by construction of the input.
     *
     * @param actor the actor's name as the application gives it
     * @return the pseudonym
     */
    public String actorPseudonym(String actor) {
        Objects.requireNonNull(actor, "actor");
        return hex(mac(ACTOR_DOMAIN, actor), PSEUDONYM_BYTES);
    }

    /** A short fingerprint of the key (8 hex digits, an HMAC of a constant): tells keys apart, reveals nothing. */
    public String id() {
        return id;
    }

    /** Whether the other is a key of the same secret bytes (compared in constant time). */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PseudonymKey that && MessageDigest.isEqual(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@code PseudonymKey[id 1a2b3c4d]}: the fingerprint, never the key. */
    @Override
    public String toString() {
        return "PseudonymKey[id " + id + "]";
    }

    private byte[] mac(byte domain, String value) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            mac = newMac(key);
        }
        mac.update(domain);
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // Every Java runtime has HmacSHA256 (a required algorithm) and accepts any non-empty key for it.
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        }
    }

    private static String hex(byte[] bytes, int length) {
        return HexFormat.of().formatHex(bytes, 0, length);
    }

    /** This run's random key, made on first use only, with one warning. */
    private static final class Ephemeral {
        static final PseudonymKey KEY = generate();

        static {
            Logger log = LoggerFactory.getLogger(PseudonymKey.class);
            log.warn("no PseudonymKey installed: pseudonyms in logs come from a random key for this run only ({}) and"
                    + " will not match those of other runs or instances; install the application's key at start-up",
                    KEY);
        }
    }

    /** A key's installation; closing it puts back what was installed before. */
    public static final class Installation implements AutoCloseable {

        private final PseudonymKey key;
        private final @Nullable PseudonymKey previous;

        private Installation(PseudonymKey key, @Nullable PseudonymKey previous) {
            this.key = key;
            this.previous = previous;
        }

        /** The installed key. */
        public PseudonymKey key() {
            return key;
        }

        /** Restores the previous key, unless another has been installed since (then that one stays). */
        @Override
        public void close() {
            INSTALLED.compareAndSet(key, previous);
        }

        /** {@code PseudonymKey.Installation[PseudonymKey[id …]]}. */
        @Override
        public String toString() {
            return "PseudonymKey.Installation[" + key + "]";
        }
    }
}
