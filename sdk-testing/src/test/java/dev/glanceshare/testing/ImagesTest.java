package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImagesTest extends GlanceFixture {

    @Test
    void createAnswers201WithLocationDefaultsAndGlancesKeyOrder() {
        Wire.Reply r = post(alt, "/images", "{\"name\": \"cirros-test\", \"disk_format\": \"raw\", \"container_format\":"
                + " \"bare\", \"owner_specified.openstack.md5\": \"\"}");
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asText();
        assertThat(r.header("Location")).contains(fake.imageUrl() + "/v2/images/" + id);
        assertThat(r.header("OpenStack-image-import-methods")).contains("glance-direct,web-download,copy-image");
        assertThat(r.body()).isEqualTo("{\"owner_specified.openstack.md5\": \"\", \"name\": \"cirros-test\","
                + " \"disk_format\": \"raw\", \"container_format\": \"bare\", \"visibility\": \"shared\", \"size\": null,"
                + " \"virtual_size\": null, \"status\": \"queued\", \"checksum\": null, \"protected\": false,"
                + " \"min_ram\": 0, \"min_disk\": 0, \"owner\": \"" + demo.altProjectId() + "\", \"os_hidden\": false,"
                + " \"os_hash_algo\": null, \"os_hash_value\": null, \"id\": \"" + id + "\", \"created_at\":"
                + " \"2026-11-22T22:44:00Z\", \"updated_at\": \"2026-11-22T22:44:00Z\", \"tags\": [], \"self\":"
                + " \"/v2/images/" + id + "\", \"file\": \"/v2/images/" + id + "/file\", \"schema\": \"/v2/schemas/image\"}");
    }

    @Test
    void uploadComputesChecksumsAndActivatesAndDownloadReturnsTheBytes() {
        String id = create(alt, "{\"name\": \"x\", \"disk_format\": \"raw\", \"container_format\": \"bare\"}");
        byte[] data = "hello glance".getBytes(StandardCharsets.UTF_8);
        clock.advance(Duration.ofSeconds(5));
        Wire.Reply up = Wire.request("PUT", v2("/images/" + id + "/file")).token(alt)
                .header("Content-Type", "application/octet-stream").body(data).send();
        assertThat(up.status()).isEqualTo(204);
        assertThat(up.header("Content-Type")).contains("text/html; charset=UTF-8");
        JsonNode image = get(alt, "/images/" + id).json();
        assertThat(image.get("status").asText()).isEqualTo("active");
        assertThat(image.get("size").asLong()).isEqualTo(12);
        assertThat(image.get("virtual_size").asLong()).as("raw: the byte count, as real Glance").isEqualTo(12);
        assertThat(image.get("checksum").asText()).isEqualTo("c13580a1c16a462bfa700dd21cd625f3");
        assertThat(image.get("os_hash_algo").asText()).isEqualTo("sha512");
        assertThat(image.get("os_hash_value").asText()).hasSize(128).startsWith("99ea99b2dc4138bd0a7d");
        assertThat(image.get("updated_at").asText()).isEqualTo("2026-11-22T22:44:05Z");
        Wire.Reply down = Wire.get(v2("/images/" + id + "/file")).token(alt).send();
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.bytes()).isEqualTo(data);
        assertThat(down.header("Content-MD5")).contains("c13580a1c16a462bfa700dd21cd625f3");
        assertThat(fake.imageData(id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
        assertGlanceError(Wire.request("PUT", v2("/images/" + id + "/file")).token(alt).json()
                .header("Content-Type", "application/octet-stream").body(data).send(), 409,
                "Image status transition from active to saving is not allowed");
    }

    @Test
    void aQcow2UploadLeavesVirtualSizeUnknownAsRealGlanceDoes() {
        String id = create(alt, "{\"name\": \"q\", \"disk_format\": \"qcow2\", \"container_format\": \"bare\"}");
        Wire.request("PUT", v2("/images/" + id + "/file")).token(alt)
                .header("Content-Type", "application/octet-stream").body(new byte[] {1, 2, 3}).send();

        JsonNode image = get(alt, "/images/" + id).json();

        assertThat(image.get("size").asLong()).isEqualTo(3);
        assertThat(image.get("virtual_size").isNull()).isTrue();
    }

    @Test
    void uploadNeedsOctetStreamAndFormats() {
        String id = create(alt, "{\"name\": \"x\"}");
        Wire.Reply wrongType = Wire.request("PUT", v2("/images/" + id + "/file")).token(alt).json()
                .header("Content-Type", "text/plain").body("x").send();
        assertThat(wrongType.status()).isEqualTo(415);
        assertGlanceError(Wire.request("PUT", v2("/images/" + id + "/file")).token(alt).json()
                .header("Content-Type", "application/octet-stream").body("x").send(), 400,
                "Properties disk_format, container_format must be set prior to saving data.");
        Wire.Reply noData = Wire.get(v2("/images/" + id + "/file")).token(alt).send();
        assertThat(noData.status()).isEqualTo(204);
        assertThat(noData.header("Content-Type")).isEmpty();
    }

    @Test
    void ownerDeactivatesAndReactivatesAndMembersCannotDownloadWhileDeactivated() {
        String id = fake.seed().image("d").owner(demo.altProjectId()).data(new byte[] {1, 2})
                .member(demo.demoProjectId(), "accepted").create();
        String deactivate = "/images/" + id + "/actions/deactivate";
        assertGlanceError(post(demoToken, deactivate, ""), 403, "You are not authorized to complete deactivate action.");
        assertThat(Wire.request("POST", v2(deactivate)).token(alt).send().status()).isEqualTo(204);
        assertThat(fake.image(id).orElseThrow().status()).isEqualTo("deactivated");
        assertGlanceError(Wire.get(v2("/images/" + id + "/file")).token(demoToken).json().send(), 403,
                "The requested image has been deactivated. Image data download is forbidden.");
        assertThat(Wire.request("POST", v2("/images/" + id + "/actions/reactivate")).token(alt).send().status())
                .isEqualTo(204);
        assertThat(Wire.get(v2("/images/" + id + "/file")).token(demoToken).send().bytes()).containsExactly(1, 2);
        String queued = create(alt, "{}");
        assertGlanceError(post(alt, "/images/" + queued + "/actions/deactivate", ""), 403,
                "Not allowed to deactivate image in status 'queued'");
    }

    @Test
    void memberDeleteAnswers204WithoutContentType() {
        String id = create(alt, "{}");
        post(alt, "/images/" + id + "/members", "{\"member\": \"m\"}");
        Wire.Reply r = delete(alt, "/images/" + id + "/members/m");
        assertThat(r.status()).isEqualTo(204);
        assertThat(r.header("Content-Type")).isEmpty();
        assertThat(fake.members(id)).isEmpty();
    }

    @Test
    void plainUserMayNotCreatePublicImagesOrImagesOfOthers() {
        assertGlanceError(post(alt, "/images", "{\"visibility\": \"public\"}"), 403,
                "You are not authorized to complete publicize_image action.");
        assertGlanceError(post(alt, "/images", "{\"owner\": \"" + demo.demoProjectId() + "\"}"), 403,
                "You are not permitted to create images owned by '" + demo.demoProjectId() + "'.");
        assertThat(post(admin, "/images", "{\"visibility\": \"public\", \"owner\": \"x\"}").status()).isEqualTo(201);
    }

    @Test
    void createRefusesReadOnlyReservedAndMistypedAttributes() {
        assertGlanceError(post(alt, "/images", "{\"file\": \"x\"}"), 403, "Attribute 'file' is read-only.");
        assertGlanceError(post(alt, "/images", "{\"status\": \"active\"}"), 403, "Attribute 'status' is read-only.");
        assertGlanceError(post(alt, "/images", "{\"deleted\": \"x\"}"), 403, "Attribute 'deleted' is reserved.");
        assertGlanceError(post(alt, "/images", "{\"name\": 5}"), 400,
                "Provided object does not match schema 'image': 5 is not of type 'null', 'string'");
        assertGlanceError(post(alt, "/images", "{\"visibility\": \"bogus\"}"), 400,
                "Provided object does not match schema 'image': 'bogus' is not one of ['community', 'public',"
                        + " 'private', 'shared']");
        assertGlanceError(post(alt, "/images", "{\"min_disk\": -1}"), 400,
                "Invalid value '-1' for parameter 'min_disk': Cannot be a negative value.");
        assertGlanceError(Wire.request("POST", v2("/images")).token(alt).json().send(), 400, "Body expected in request.");
    }

    @Test
    void patchSupportsAddReplaceRemoveOnAttributesTagsAndCustomProperties() {
        String id = create(alt, "{\"name\": \"before\"}");
        Wire.Reply r = patch(alt, id, "[{\"op\": \"add\", \"path\": \"/visibility\", \"value\": \"private\"},"
                + " {\"op\": \"replace\", \"path\": \"/name\", \"value\": \"after\"},"
                + " {\"op\": \"add\", \"path\": \"/os_distro\", \"value\": \"cirros\"},"
                + " {\"op\": \"add\", \"path\": \"/tags\", \"value\": [\"blue\", \"green\"]},"
                + " {\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": 512},"
                + " {\"op\": \"replace\", \"path\": \"/os_hidden\", \"value\": true}]");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode image = r.json();
        assertThat(image.get("visibility").asText()).isEqualTo("private");
        assertThat(image.get("name").asText()).isEqualTo("after");
        assertThat(image.get("os_distro").asText()).isEqualTo("cirros");
        assertThat(image.get("tags").toString()).isEqualTo("[\"blue\",\"green\"]");
        assertThat(image.get("min_ram").asInt()).isEqualTo(512);
        assertThat(image.get("os_hidden").asBoolean()).isTrue();
        assertThat(patch(alt, id, "[{\"op\": \"remove\", \"path\": \"/os_distro\"}]").json().has("os_distro")).isFalse();
        assertGlanceError(patch(alt, id, "[{\"op\": \"remove\", \"path\": \"/os_distro\"}]"), 409,
                "Property os_distro does not exist.");
        assertGlanceError(patch(alt, id, "[{\"op\": \"remove\", \"path\": \"/name\"}]"), 403,
                "Property name may not be removed.");
        assertGlanceError(patch(alt, id, "[{\"op\": \"replace\", \"path\": \"/status\", \"value\": \"active\"}]"), 403,
                "Attribute 'status' is read-only.");
        assertGlanceError(patch(alt, id, "[{\"op\": \"move\", \"path\": \"/name\"}]"), 400,
                "Invalid operation: `move`. It must be one of the following: add, remove, replace.");
        assertGlanceError(patch(alt, id, "{\"op\": \"add\"}"), 400,
                "Request body must be a JSON array of operation objects.");
    }

    @Test
    void refusedPatchChangesNothing() {
        String id = create(alt, "{\"name\": \"keep\"}");
        assertGlanceError(patch(alt, id, "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"changed\"},"
                + " {\"op\": \"remove\", \"path\": \"/missing\"}]"), 409, "Property missing does not exist.");
        assertThat(fake.image(id).orElseThrow().name()).contains("keep");
    }

    @Test
    void draft4PatchDialectWorks() {
        String id = create(alt, "{\"name\": \"x\"}");
        Wire.Reply r = Wire.request("PATCH", v2("/images/" + id)).token(alt).json()
                .header("Content-Type", "application/openstack-images-v2.0-json-patch")
                .body("[{\"replace\": \"/name\", \"value\": \"y\"}]").send();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("y");
    }

    @Test
    void deletedImageIsGoneWithItsMembers() {
        String id = create(alt, "{}");
        post(alt, "/images/" + id + "/members", "{\"member\": \"" + demo.demoProjectId() + "\"}");
        assertThat(delete(alt, "/images/" + id).status()).isEqualTo(204);
        assertThat(fake.image(id)).isEmpty();
        assertThat(fake.members(id)).isEmpty();
        assertGlanceError(get(alt, "/images/" + id), 404, "No image found with ID " + id);
    }

    @Test
    void nameLookupOfAnImageIdThatIsNotAUuidIs404() {
        assertGlanceError(get(admin, "/images/cirros-test"), 404, "No image found with ID cirros-test");
        Wire.Reply byName = get(admin, "/images?name=" + DemoSeed.IMAGE_NAME);
        assertThat(byName.json().get("images").findValuesAsText("id")).containsExactly(demo.imageId());
    }

    @Test
    void unsupportedMediaTypeMessageShowsTheWholeContentTypeHeader() {
        String id = create(alt, "{}");
        Wire.Reply r = Wire.request("PATCH", v2("/images/" + id)).token(alt).json()
                .header("Content-Type", "application/json; charset=UTF-8").body("[]").send();
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.message()).isEqualTo("The request media type application/json; charset=UTF-8 is not supported by"
                + " this server.\n<br /><br />\n");
    }
}
