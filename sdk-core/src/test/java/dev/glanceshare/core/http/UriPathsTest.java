package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UriPathsTest {
    private static final URI GLANCE = URI.create("http://host/image/v2");

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a/b            | a%2Fb",
        "../admin       | ..%2Fadmin",
        "x?y=1          | x%3Fy%3D1",
        "x#frag         | x%23frag",
        "100%           | 100%25",
        "\"two words\"  | two%20words",
        "é-日本         | %C3%A9-%E6%97%A5%E6%9C%AC",
        "..x            | ..x",
        "ab~_.-Z9       | ab~_.-Z9",
    })
    void segmentIsPercentEncoded(String segment, String encoded) {
        assertThat(UriPaths.encodeSegment(segment)).isEqualTo(encoded);
    }

    @Test
    void controlCharactersAreEncoded() {
        assertThat(UriPaths.encodeSegment("a\r\nb\u0000\t\u007f")).isEqualTo("a%0D%0Ab%00%09%7F");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".."})
    void segmentsThatWouldChangeThePathAreRefused(String segment) {
        assertThatThrownBy(() -> UriPaths.append(GLANCE, "images", segment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be used as a path segment");
    }

    @Test
    void textThatIsNotValidUnicodeIsRefusedRatherThanSentAsAQuestionMark() {
        // String.getBytes(UTF_8) turns a lone surrogate into '?': find("\ud800") would have looked for "?".
        for (String broken : new String[] {"\ud800", "a\udc00b", "x\ud83d"}) {
            assertThatThrownBy(() -> UriPaths.encodeSegment(broken)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lone UTF-16 surrogate");
            assertThatThrownBy(() -> UriPaths.encodeQuery(broken)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(UriPaths.encodeSegment("\ud83d\ude00")).isEqualTo("%F0%9F%98%80");
    }

    @Test
    void appendStaysUnderTheEndpointWhateverTheInput() {
        URI uri = UriPaths.append(GLANCE, "images", "../../v1/x?admin=1#", "members");

        assertThat(uri).hasToString("http://host/image/v2/images/..%2F..%2Fv1%2Fx%3Fadmin%3D1%23/members");
        assertThat(uri.getPath()).isEqualTo("/image/v2/images/../../v1/x?admin=1#/members");
        assertThat(uri.normalize()).isEqualTo(uri);
    }

    @Test
    void appendIgnoresATrailingSlashOnTheEndpoint() {
        assertThat(UriPaths.append(URI.create("http://host/image/v2/"), "images", "9faa"))
                .isEqualTo(URI.create("http://host/image/v2/images/9faa"));
    }

    @Test
    void queryComponentsAreEncoded() {
        assertThat(UriPaths.encodeQuery("name:desc&x=1+2 #")).isEqualTo("name%3Adesc%26x%3D1%2B2%20%23");
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
        "http://host/image/v2,       /v2/images?marker=x, http://host/image/v2/images?marker=x",
        "http://host/image/v2/,      /v2/images?marker=x, http://host/image/v2/images?marker=x",
        "http://host:9292/v2,        /v2/images?marker=x, http://host:9292/v2/images?marker=x",
        "http://host:9292,           /v2/images?marker=x, http://host:9292/v2/images?marker=x",
        "http://host:9292/v2.1,      /v2/images?limit=1&marker=c1cd, http://host:9292/v2/images?limit=1&marker=c1cd",
        "http://host/image/v2,       /v2/images?sort=name%3Adesc&limit=2, http://host/image/v2/images?sort=name%3Adesc&limit=2",
        "https://host/image/v2,      https://host:443/image/v2/images?marker=y, https://host:443/image/v2/images?marker=y",
    })
    void serviceLinkResolvesAgainstTheServiceRoot(String endpoint, String link, String expected) {
        assertThat(UriPaths.resolveServiceLink(URI.create(endpoint), link)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil/v2/images?marker=x", "//evil/v2/images", "https://host/image/v2/images",
        "http://host:8080/image/v2/images"})
    void linkToAnotherOriginIsRefusedSoTheTokenStaysHome(String link) {
        assertThatThrownBy(() -> UriPaths.resolveServiceLink(GLANCE, link))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another origin");
    }
}
