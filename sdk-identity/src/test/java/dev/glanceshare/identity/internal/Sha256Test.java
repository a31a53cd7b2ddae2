package dev.glanceshare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void theFipsExamplesGiveTheirPublishedDigests() {
        assertThat(hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void everyLengthAroundTheBlockBoundariesMatchesTheJdk() throws Exception {
        Random random = new Random(42);
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        for (int length = 0; length < 300; length++) {
            byte[] input = new byte[length];
            random.nextBytes(input);
            assertThat(Sha256.digest(input)).as("length %d", length).isEqualTo(jdk.digest(input));
        }
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(Sha256.digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
