package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestUrlTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://host/image/v2", "http://host/image/v2/", "https://host:9292", "http://host:9292/",
        "http://u@127.0.0.1:80/v2"})
    void theWholeUriIsWhatUriPathsWouldHaveBuilt(String endpoint) {
        URI e = URI.create(endpoint);
        RequestUrl url = RequestUrl.of(e, "images", "a/b c", "members");

        assertThat(url.toUri()).isEqualTo(UriPaths.append(e, "images", "a/b c", "members"));
        // the path sent is the whole URI's path: what HttpClient would have taken from it
        assertThat(url.pathAndQuery()).isEqualTo(url.toUri().getRawPath());
        assertThat(url.rawPath()).isEqualTo(url.toUri().getRawPath());
        assertThat(url.origin()).isSameAs(e);
    }

    @Test
    void thePathSentKeepsTheEndpointsPrefixAndEncodesEverySegment() {
        RequestUrl url = RequestUrl.of(URI.create("http://host/image/v2/"), "images", "../admin", "é");

        assertThat(url.pathAndQuery()).isEqualTo("/image/v2/images/..%2Fadmin/%C3%A9");
    }

    @Test
    void anEndpointWithNoPathAndNoSegmentsSendsTheRoot() {
        assertThat(RequestUrl.of(URI.create("http://host:5000")).pathAndQuery()).isNull(); // given whole
        RequestUrl root = RequestUrl.of(URI.create("http://host:5000"), new String[0]);
        assertThat(root.pathAndQuery()).isEqualTo("/");
        assertThat(root.withQuery(List.of(Map.entry("a", "1"))).pathAndQuery()).isEqualTo("/?a=1");
    }

    @Test
    void theQueryIsEncodedAndAppendedOnce() {
        RequestUrl url = RequestUrl.of(URI.create("http://host/v2"), "images")
                .withQuery(List.of(Map.entry("name", "a&b=c"), Map.entry("limit", "5")));

        assertThat(url.pathAndQuery()).isEqualTo("/v2/images?name=a%26b%3Dc&limit=5");
        assertThat(url.rawPath()).isEqualTo("/v2/images"); // what an observed call is named from
        assertThat(url.toUri()).isEqualTo(URI.create("http://host/v2/images?name=a%26b%3Dc&limit=5"));
        assertThat(url.withQuery(List.of())).isSameAs(url);
        assertThatThrownBy(() -> url.withQuery(List.of(Map.entry("x", "1"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a query");
    }

    @Test
    void anEndpointWithAQueryIsJoinedAsTextAndSentWhole() {
        URI odd = URI.create("http://host/v2?x=1");
        RequestUrl url = RequestUrl.of(odd, "images");

        assertThat(url.pathAndQuery()).isNull();
        assertThat(url.toUri()).isEqualTo(UriPaths.append(odd, "images"));
    }

    @Test
    void badEndpointsAndSegmentsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> RequestUrl.of(URI.create("/v2/images"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> RequestUrl.of(URI.create("ftp://host/v2"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestUrl.of(URI.create("http://host/v2"), "images", ".."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalUrlsAreEqualHowEverTheyWereMade() {
        RequestUrl joined = RequestUrl.of(URI.create("http://host/v2/"), "images", "x");
        RequestUrl whole = RequestUrl.of(URI.create("http://host/v2/images/x"));

        assertThat(joined).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(joined).hasToString("http://host/v2/images/x");
    }
}
