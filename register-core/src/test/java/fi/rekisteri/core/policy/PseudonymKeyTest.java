package fi.rekisteri.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyed pseudonyms: stable under one key, different under another, and the key never shows. */
class PseudonymKeyTest {

    private static final byte[] SECRET = HexFormat.of()
            .parseHex("8f3c1a2b4d5e6f708192a3b4c5d6e7f80112233445566778899aabbccddeeff0");
    private static final byte[] OTHER_SECRET = HexFormat.of()
            .parseHex("00112233445566778899aabbccddeeff8f3c1a2b4d5e6f708192a3b4c5d6e7f8");
    private static final SubjectId CUSTOMER = SubjectId.of("customer-4711");

    @Test
    void theSameIdUnderTheSameKeyHasTheSamePseudonym() {
        PseudonymKey key = PseudonymKey.of(SECRET);
        assertEquals(key.pseudonym(CUSTOMER), PseudonymKey.of(SECRET.clone()).pseudonym(SubjectId.of("customer-4711")));
        assertEquals(16, key.pseudonym(CUSTOMER).length());
        assertTrue(key.pseudonym(CUSTOMER).matches("[0-9a-f]{16}"));
        assertNotEquals(key.pseudonym(CUSTOMER), key.pseudonym(SubjectId.of("customer-4712")));
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertNotEquals(PseudonymKey.of(SECRET).pseudonym(CUSTOMER), PseudonymKey.of(OTHER_SECRET).pseudonym(CUSTOMER));
        assertNotEquals(PseudonymKey.generate().pseudonym(CUSTOMER), PseudonymKey.generate().pseudonym(CUSTOMER));
    }

    @Test
    void thePseudonymIsNotTheUnsaltedHashAnyoneCanCompute() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("customer-4711".getBytes(StandardCharsets.UTF_8));
        String unsalted = HexFormat.of().formatHex(digest, 0, 8);
        assertNotEquals(unsalted, PseudonymKey.of(SECRET).pseudonym(CUSTOMER));
        assertNotEquals(unsalted, CUSTOMER.pseudonym());
    }

    @Test
    void subjectsAndActorsOfTheSameNameHaveDifferentPseudonyms() {
        PseudonymKey key = PseudonymKey.of(SECRET);
        assertNotEquals(key.pseudonym(CUSTOMER), key.actorPseudonym("customer-4711"));
        assertEquals(key.actorPseudonym("maija"), PseudonymKey.of(SECRET).actorPseudonym("maija"));
    }

    @Test
    @SuppressWarnings("try") // the installations are held for their blocks, never referenced
    void theInstalledKeyMakesSubjectIdsPseudonymsUntilItsInstallationIsClosed() {
        PseudonymKey key = PseudonymKey.of(SECRET);
        PseudonymKey other = PseudonymKey.of(OTHER_SECRET);
        try (PseudonymKey.Installation installed = key.install()) {
            assertSame(key, PseudonymKey.current());
            assertEquals(key.pseudonym(CUSTOMER), CUSTOMER.pseudonym());
            assertEquals("SubjectId[~" + key.pseudonym(CUSTOMER) + "]", CUSTOMER.toString());
            try (PseudonymKey.Installation inner = other.install()) {
                assertEquals(other.pseudonym(CUSTOMER), CUSTOMER.pseudonym());
            }
            assertEquals(key.pseudonym(CUSTOMER), CUSTOMER.pseudonym());
            assertEquals(other.pseudonym(CUSTOMER), CUSTOMER.pseudonym(other));
        }
        assertTrue(PseudonymKey.installed().isEmpty());
    }

    @Test
    void withoutAnInstalledKeyPseudonymsComeFromOneRandomKeyForTheRun() {
        assertTrue(PseudonymKey.installed().isEmpty());
        PseudonymKey current = PseudonymKey.current();
        assertSame(current, PseudonymKey.current());
        assertEquals(current.pseudonym(CUSTOMER), CUSTOMER.pseudonym());
        assertNotEquals(PseudonymKey.of(SECRET).pseudonym(CUSTOMER), CUSTOMER.pseudonym());
    }

    @Test
    void noKeyMaterialInAnyToString() {
        PseudonymKey key = PseudonymKey.of(SECRET);
        try (PseudonymKey.Installation installed = key.install()) {
            List<String> printed = List.of(key.toString(), installed.toString(), CUSTOMER.toString(), key.id());
            for (String text : printed) {
                assertNoKeyMaterial(text, SECRET);
            }
            assertEquals("PseudonymKey[id " + key.id() + "]", key.toString());
            assertEquals(8, key.id().length());
            assertNotEquals(key.id(), PseudonymKey.of(OTHER_SECRET).id());
        }
    }

    @Test
    void keysOfTheSameBytesAreEqual() {
        assertEquals(PseudonymKey.of(SECRET), PseudonymKey.fromBase64(Base64.getEncoder().encodeToString(SECRET)));
        assertEquals(PseudonymKey.of(SECRET), PseudonymKey.fromBase64(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(SECRET) + "\n"));
        assertNotEquals(PseudonymKey.of(SECRET), PseudonymKey.of(OTHER_SECRET));
    }

    @Test
    void theCallersArrayIsCopied() {
        byte[] secret = SECRET.clone();
        PseudonymKey key = PseudonymKey.of(secret);
        String before = key.pseudonym(CUSTOMER);
        Arrays.fill(secret, (byte) 7);
        assertEquals(before, key.pseudonym(CUSTOMER));
    }

    @Test
    void refusesShortOrConstantKeysAndBadBase64WithoutQuotingThem() {
        assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of(new byte[31]));
        IllegalArgumentException constant = assertThrows(IllegalArgumentException.class,
                () -> PseudonymKey.of(new byte[32]));
        assertTrue(constant.getMessage().contains("no secret"), constant.getMessage());
        String notBase64 = "s3cr3t-passw0rd!with*stars";
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PseudonymKey.fromBase64(notBase64));
        assertFalse(bad.getMessage().contains("s3cr3t") || bad.getMessage().contains("*")
                || bad.getMessage().contains("2a"), bad.getMessage());
        assertEquals(null, bad.getCause());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> PseudonymKey.fromBase64("c2hvcnQ="));
        assertFalse(tooShort.getMessage().contains("c2hvcnQ"), tooShort.getMessage());
    }

    static void assertNoKeyMaterial(String text, byte[] secret) {
        String hex = HexFormat.of().formatHex(secret);
        for (String form : List.of(hex, hex.toUpperCase(), Base64.getEncoder().encodeToString(secret),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), Arrays.toString(secret))) {
            for (int i = 0; i + 8 <= form.length(); i += 4) {
                String piece = form.substring(i, i + 8);
                assertFalse(text.contains(piece), () -> "'" + text + "' contains key material " + piece);
            }
        }
    }
}
