package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading a body into memory: exact sizes, the bound in every case, and no array shared by mistake. */
class HttpResponseTest {
    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    private static HttpResponse streaming(byte[] body, long announced) {
        return HttpResponse.streaming(200, Headers.empty(), new ByteArrayInputStream(body), announced);
    }

    @Test
    void aBodyOfAnnouncedLengthIsReadWhole() throws Exception {
        assertThat(streaming(bytes(1500), 1500).readBody(64 * 1024)).isEqualTo(bytes(1500));
        assertThat(streaming(new byte[0], 0).readBody(1024)).isEmpty();
    }

    @Test
    void aBodyOfUnknownLengthIsReadWholeUpToTheBound() throws Exception {
        assertThat(streaming(bytes(10_000), -1).readBody(20_000)).isEqualTo(bytes(10_000));
        assertThat(streaming(bytes(20_000), -1).readBody(20_000)).isEqualTo(bytes(20_000));
        assertThatThrownBy(() -> streaming(bytes(20_001), -1).readBody(20_000))
                .isInstanceOf(HttpResponse.BodyTooLargeException.class);
    }

    @Test
    void aBodyLongerThanAnnouncedIsStillBounded() throws Exception {
        assertThat(streaming(bytes(3000), 1000).readBody(4096)).isEqualTo(bytes(3000));
        assertThatThrownBy(() -> streaming(bytes(100_000), 1000).readBody(4096))
                .isInstanceOf(HttpResponse.BodyTooLargeException.class);
        assertThatThrownBy(() -> streaming(bytes(10), 5000).readBody(4096))
                .isInstanceOf(HttpResponse.BodyTooLargeException.class)
                .hasMessageContaining("5000 bytes");
    }

    @Test
    void aBodyShorterThanAnnouncedGivesWhatArrived() throws Exception {
        assertThat(streaming(bytes(700), 1000).readBody(4096)).isEqualTo(bytes(700));
    }

    @Test
    void aHeldBodyIsHandedOutOnceAndTheCallersArrayIsNeverShared() throws Exception {
        byte[] original = bytes(100);
        HttpResponse response = HttpResponse.of(200, Headers.empty(), original);

        byte[] first = response.readBody(1024);
        first[0] = 'y';

        assertThat(original[0]).isEqualTo((byte) 'x');
        assertThat(response.readBody(1024)).isEmpty(); // the stream is at its end, as after any read
    }

    @Test
    void aHeldBodyAlreadyPartlyReadIsReadFromWhereTheStreamStands() throws Exception {
        HttpResponse response = HttpResponse.of(200, Headers.empty(), "abcdef".getBytes());
        assertThat(response.body().read()).isEqualTo('a');

        assertThat(new String(response.readBody(1024))).isEqualTo("bcdef");
    }

    @Test
    void receivedHeadersAreKeptAsSentEvenWhenTheSdkWouldRefuseToSendThem() {
        String[] lines = {"X-Odd", "a\u0000b", "Set-Cookie", "1", "set-cookie", "2"};
        Headers h = Headers.received(new Headers.Received() {
            @Override public int size() { return lines.length / 2; }
            @Override public String name(int i) { return lines[2 * i]; }
            @Override public String value(int i) { return lines[2 * i + 1]; }
        });

        assertThat(h.first("x-odd")).hasValue("a\u0000b");
        assertThat(h.all("SET-COOKIE")).containsExactly("1", "2");
    }

    @Test
    void withReplacesOneHeaderAndLeavesTheOriginalAlone() {
        Headers original = Headers.builder().add("Accept", "application/json").add("X-Auth-Token", "old").build();

        Headers changed = original.with("x-auth-token", "new");

        assertThat(changed.first("X-Auth-Token")).hasValue("new");
        assertThat(changed.first("Accept")).hasValue("application/json");
        assertThat(original.first("X-Auth-Token")).hasValue("old");
        assertThatThrownBy(() -> original.with("X-Auth-Token", "a\r\nb")).isInstanceOf(IllegalArgumentException.class);
    }
}
