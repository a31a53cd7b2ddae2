package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageFields;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read straight from the parser into the models (no JSON tree). What a tree gave for free must
 * still hold: the last of two equal keys counts, nested custom properties keep their JSON, and every
 * malformed body is a typed DECODE failure, never a wrong model.
 */
class StreamingDecodeTest extends GlanceWireTest {
    private static final String IMAGE_PATH = "/v2/images/" + IMAGE;

    private static String image(String extra) {
        String json = imageJson(IMAGE, "cirros", "shared");
        return json.substring(0, json.length() - 1) + extra + "}";
    }

    private void answer(String body) {
        wm.stubFor(get(IMAGE_PATH).willReturn(okJson(body)));
    }

    private void expectDecodeFailure(String body, String messagePart) {
        answer(body);
        assertThatThrownBy(() -> glance.images().get(IMAGE))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                .hasMessageContaining(messagePart);
    }

    @Test
    void theLastOfTwoEqualKeysCounts() {
        answer(image(", \"name\": \"second\", \"tags\": [\"x\", \"y\"], \"os_distro\": null, \"size\": null"));

        Image image = glance.images().get(IMAGE);

        assertThat(image.name()).hasValue("second");
        assertThat(image.tags()).containsExactly("x", "y");
        assertThat(image.properties()).doesNotContainKey("os_distro");
        assertThat(image.size()).isEmpty();
    }

    @Test
    void customPropertiesKeepTheirJsonAndStandardLinksAreLeftOut() {
        answer(image(", \"hw_numa\": {\"nodes\": [1, 2], \"on\": true}, \"hw_cpus\": 4, \"locations\": [{\"url\": \"x\"}]"));

        Image image = glance.images().get(IMAGE);

        assertThat(image.properties())
                .containsEntry("os_distro", "cirros")
                .containsEntry("hw_numa", "{\"nodes\":[1,2],\"on\":true}")
                .containsEntry("hw_cpus", "4")
                .doesNotContainKeys("locations", "self", "file", "schema");
    }

    @Test
    void noStandardFieldIsEverACustomProperty() {
        // The base body has most standard fields; each one it lacks (locations, stores, direct_url...) comes as a
        // string, so a standard field the reader does not name would show up among the properties here.
        String base = image("");
        StringBuilder extra = new StringBuilder();
        for (String field : ImageFields.STANDARD) {
            if (!base.contains("\"" + field + "\"")) {
                extra.append(", \"").append(field).append("\": \"x\"");
            }
        }
        answer(image(extra.toString()));

        Image image = glance.images().get(IMAGE);

        assertThat(image.properties()).containsOnlyKeys("os_distro");
    }

    @Test
    void aSizeBeyondALongIsRefusedRatherThanTruncated() {
        expectDecodeFailure(image(", \"size\": 99999999999999999999999"), "'size' is out of range");
    }

    @Test
    void aTagThatIsNotAStringIsRefused() {
        expectDecodeFailure(image(", \"tags\": [\"ok\", {\"a\": 1}]"), "'tags'");
    }

    @Test
    void aRequiredFieldSentAsNullIsMissing() {
        expectDecodeFailure(image(", \"status\": null"), "field 'status' is missing or not a string");
    }

    @Test
    void bodiesThatAreNotAnImageAreTypedFailures() {
        expectDecodeFailure("[1, 2]", "expected a JSON object for the image");
        expectDecodeFailure("null", "expected a JSON object for the image");
        expectDecodeFailure("{\"id\": ", "not the expected JSON (image)");
        expectDecodeFailure(image(", \"min_ram\": \"512\""), "'min_ram' is not an integer");
        expectDecodeFailure(image(", \"protected\": 1"), "'protected' is not a boolean");
        expectDecodeFailure(image(", \"created_at\": \"yesterday\""), "'created_at' is not an ISO-8601 time");
    }

    @Test
    void anEmptyBodyIsATypedFailure() {
        wm.stubFor(get(IMAGE_PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

        assertThatThrownBy(() -> glance.images().get(IMAGE))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                .hasMessageContaining("empty body");
    }

    @Test
    void aMemberListIsReadFromItsArrayWhateverComesAround() {
        wm.stubFor(get(IMAGE_PATH + "/members").willReturn(okJson("{\"schema\": {\"a\": [1]}, \"members\": ["
                + memberJson(DEMO, "accepted") + ", " + memberJson(OWNER, "pending") + "], \"extra\": [[]]}")));

        List<Member> members = glance.images().members(IMAGE).list();

        assertThat(members).extracting(Member::memberId).containsExactly(DEMO, OWNER);
        assertThat(members).extracting(Member::status).containsExactly(MemberStatus.ACCEPTED, MemberStatus.PENDING);
    }

    @Test
    void aMemberListWithoutItsArrayIsATypedFailure() {
        wm.stubFor(get(IMAGE_PATH + "/members").willReturn(okJson("{\"members\": {}}")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).list())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("no 'members' array");
    }

    @Test
    void anImagePageWithABadNextLinkIsATypedFailure() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson("{\"images\": [], \"next\": 5}")));

        assertThatThrownBy(() -> glance.images().list(ImageListOptions.builder().build()).stream().count())
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("'next' is not a string");
    }
}
