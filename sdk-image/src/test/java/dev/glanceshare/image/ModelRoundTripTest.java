package dev.glanceshare.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.image.internal.ImageJson;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageStatus;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Glance's JSON, as real Glance Zed sends it, survives model and back unchanged. */
class ModelRoundTripTest {
    private static JsonNode json(String s) throws Exception {
        return JsonCodec.standard().readTree(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anImageRoundTripsEveryFieldButLinks() throws Exception {
        JsonNode wire = json(GlanceWireTest.imageJson(GlanceWireTest.IMAGE, "cirros-test", "shared"));

        Image image = ImageJson.image(wire);
        JsonNode back = json(ImageJson.toJson(image).toString());

        ObjectNode expected = ((ObjectNode) wire).deepCopy();
        expected.remove(java.util.List.of("self", "file", "schema"));
        assertThat(back).isEqualTo(expected);
        assertThat(image.createdAt()).isEqualTo(Instant.parse("2026-11-22T22:44:00Z"));
        assertThat(image.size()).hasValue(1024);
        assertThat(image.virtualSize()).isEmpty();
    }

    @Test
    void aQueuedImageWithNullsRoundTrips() throws Exception {
        // POST /v2/images answer: no data yet, so checksum, size and hashes are null.
        JsonNode wire = json("{\"name\": null, \"disk_format\": null, \"container_format\": null, \"visibility\": \"shared\","
                + " \"size\": null, \"virtual_size\": null, \"status\": \"queued\", \"checksum\": null, \"protected\": false,"
                + " \"min_ram\": 0, \"min_disk\": 0, \"owner\": \"ec83aa11bb22cc33dd44ee55ff666aaa\", \"os_hidden\": false,"
                + " \"os_hash_algo\": null, \"os_hash_value\": null, \"id\": \"c1cd85fb-6064-4e40-a277-ff5a85ae960d\","
                + " \"created_at\": \"2026-11-22T22:44:00Z\", \"updated_at\": \"2026-11-22T22:44:00Z\", \"tags\": [],"
                + " \"owner_specified.openstack.md5\": \"\"}");

        Image image = ImageJson.image(wire);

        assertThat(image.name()).isEmpty();
        assertThat(image.status()).isEqualTo(ImageStatus.QUEUED);
        assertThat(image.properties()).containsEntry("owner_specified.openstack.md5", "");
        assertThat(json(ImageJson.toJson(image).toString())).isEqualTo(wire);
    }

    @Test
    void aMemberRoundTrips() throws Exception {
        JsonNode wire = json(GlanceWireTest.memberJson(GlanceWireTest.DEMO, "pending"));

        Member member = ImageJson.member(wire);
        ObjectNode expected = ((ObjectNode) wire).deepCopy();
        expected.remove("schema");

        assertThat(json(ImageJson.toJson(member).toString())).isEqualTo(expected);
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
    }

    @Test
    void enumsTolerateValuesTheSdkDoesNotKnow() throws Exception {
        JsonNode wire = json(GlanceWireTest.imageJson(GlanceWireTest.IMAGE, "x", "galactic")
                .replace("\"active\"", "\"hibernating\""));

        Image image = ImageJson.image(wire);

        assertThat(image.visibility()).isEqualTo(Visibility.UNKNOWN);
        assertThat(image.status()).isEqualTo(ImageStatus.UNKNOWN);
        assertThat(MemberStatus.fromWire("ACCEPTED")).as("case-sensitive like Glance").isEqualTo(MemberStatus.UNKNOWN);
        assertThat(MemberStatus.fromWire("accepted")).isEqualTo(MemberStatus.ACCEPTED);
    }

    @Test
    void buildersLetTestsMakeModelsWithoutAServer() {
        Member member = Member.builder().imageId("i").memberId("m").status(MemberStatus.ACCEPTED)
                .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();

        assertThat(member.toString()).contains("memberId=m", "ACCEPTED");
        assertThat(Image.builder().id("i").status(ImageStatus.ACTIVE).visibility(Visibility.SHARED)
                .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build().isProtected()).isFalse();
    }
}
