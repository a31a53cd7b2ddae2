package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.exception.UnsupportedMediaTypeException;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageStatus;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatusFilter;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.image.model.VisibilityFilter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageServiceTest extends GlanceWireTest {
    static final String OTHER = "c1cd85fb-6064-4e40-a277-ff5a85ae960d";

    @Test
    void getSendsOneAuthenticatedJsonRequest() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "cirros", "shared"))));

        Image image = glance.images().get(IMAGE);

        assertThat(image.id()).isEqualTo(IMAGE);
        assertThat(image.name()).contains("cirros");
        assertThat(image.visibility()).isEqualTo(Visibility.SHARED);
        assertThat(image.status()).isEqualTo(ImageStatus.ACTIVE);
        assertThat(image.tags()).containsExactly("blue");
        assertThat(image.properties()).containsEntry("os_distro", "cirros").doesNotContainKey("self");
        wm.verify(1, getRequestedFor(urlEqualTo("/v2/images/" + IMAGE))
                .withHeader("X-Auth-Token", equalTo("token-1"))
                .withHeader("Accept", equalTo("application/json")));
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void getRejectsAnIdThatIsNotAUuidBeforeSending() {
        assertThatThrownBy(() -> glance.images().get("../v2/images"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a Glance image ID").hasMessageContaining("find(name)");
        assertThat(requestCount()).isZero();
    }

    @Test
    void findByUuidCostsOneRequest() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "cirros", "shared"))));

        assertThat(glance.images().find(IMAGE).id()).isEqualTo(IMAGE);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void findByNameGoesStraightToTheNameFilterInEveryMemberStatus() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "cirros", "shared") + "], \"first\": \"/v2/images?name=cirros\","
                        + " \"schema\": \"/v2/schemas/images\"}")));

        assertThat(glance.images().find("cirros").id()).isEqualTo(IMAGE);

        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/images"))
                .withQueryParam("name", equalTo("cirros"))
                .withQueryParam("member_status", equalTo("all")));
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void aNameWithAColonIsSentAsAnEqualityFilterSoGlanceDoesNotReadAnOperator() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "ubuntu:22.04", "shared") + "], \"schema\": \"/v2/schemas/images\"}")));

        assertThat(glance.images().find("ubuntu:22.04").id()).isEqualTo(IMAGE);

        wm.verify(1, getRequestedFor(urlPathEqualTo("/v2/images")).withQueryParam("name", equalTo("eq:ubuntu:22.04")));
        assertThat(ImageListOptions.builder().name("in:a,b").build().queryParameters())
                .contains(java.util.Map.entry("name", "eq:in:a,b"));
        assertThat(ImageListOptions.builder().name("plain").build().queryParameters())
                .contains(java.util.Map.entry("name", "plain"));
    }

    @Test
    void findFallsBackFromAUuidToItsNameOn404() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(glanceError(404, "Not Found", "No image found with ID " + IMAGE))));
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson(
                "{\"images\": [" + imageJson(OTHER, IMAGE, "shared") + "]}")));

        assertThat(glance.images().find(IMAGE).id()).isEqualTo(OTHER);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void findNamesWhatItTriedWhenNothingMatches() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "cirros-other", "shared") + "]}")));

        assertThatThrownBy(() -> glance.images().find("cirros"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("'cirros'").hasMessageContaining("exact name in every member status");
    }

    @Test
    void findListsEveryCandidateWhenANameIsAmbiguous() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson("{\"images\": ["
                + imageJson(IMAGE, "dup-name", "shared") + ", " + imageJson(OTHER, "dup-name", "private") + "]}")));

        assertThatThrownBy(() -> glance.images().find("dup-name"))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> {
                    assertThat(e.candidates()).hasSize(2);
                    assertThat(e.candidates().get(0)).contains(IMAGE, "owner=" + OWNER,
                            "created_at=2026-11-22T22:44:00Z", "status=active");
                });
    }

    @Test
    void deleteByNameCostsTwoRequestsAndDeletesTheMatch() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "cirros-test", "shared") + "]}")));
        wm.stubFor(delete("/v2/images/" + IMAGE).willReturn(aResponse().withStatus(204)));

        assertThat(glance.images().deleteByNameOrId("cirros-test")).isEqualTo(IMAGE);

        wm.verify(deleteRequestedFor(urlEqualTo("/v2/images/" + IMAGE)));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void deleteOfAProtectedImageIsForbidden() {
        wm.stubFor(delete("/v2/images/" + IMAGE).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Openstack-Request-Id", "req-7")
                .withBody(glanceError(403, "Forbidden", "Image " + IMAGE + " is protected and cannot be deleted."))));

        assertThatThrownBy(() -> glance.images().delete(IMAGE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Glance DELETE /v2/images/" + IMAGE + " returned 403 Forbidden (request req-7): Image "
                        + IMAGE + " is protected and cannot be deleted.");
    }

    @Test
    void listFollowsRelativeNextLinksOnePagePerRequest() {
        wm.stubFor(get(urlEqualTo("/v2/images?visibility=all&limit=1")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "a", "shared") + "], \"first\": \"/v2/images?visibility=all&limit=1\","
                        + " \"next\": \"/v2/images?visibility=all&limit=1&marker=" + IMAGE + "\"}")));
        wm.stubFor(get(urlEqualTo("/v2/images?visibility=all&limit=1&marker=" + IMAGE)).willReturn(okJson(
                "{\"images\": [" + imageJson(OTHER, "b", "public") + "],"
                        + " \"next\": \"/v2/images?visibility=all&limit=1&marker=" + OTHER + "\"}")));
        wm.stubFor(get(urlEqualTo("/v2/images?visibility=all&limit=1&marker=" + OTHER)).willReturn(okJson(
                "{\"images\": []}")));

        var paged = glance.images().list(ImageListOptions.builder().visibility(VisibilityFilter.ALL).pageSize(1).build());
        assertThat(requestCount()).as("nothing is sent before iteration").isZero();

        List<String> ids = paged.stream().map(Image::id).collect(Collectors.toList());

        assertThat(ids).containsExactly(IMAGE, OTHER);
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    void listKeepsAnEndpointPathPrefixWhenFollowingNext() {
        TestSession prefixed = new TestSession(java.net.URI.create(wm.baseUrl() + "/image/"), ME, java.util.Map.of());
        try (prefixed; GlanceClient client = GlanceClient.builder().session(prefixed).build()) {
            wm.stubFor(get(urlEqualTo("/image/v2/images?limit=1")).willReturn(okJson(
                    "{\"images\": [" + imageJson(IMAGE, "a", "shared") + "], \"next\": \"/v2/images?limit=1&marker=x\"}")));
            wm.stubFor(get(urlEqualTo("/image/v2/images?limit=1&marker=x")).willReturn(okJson("{\"images\": []}")));

            assertThat(client.images().list(ImageListOptions.builder().pageSize(1).build()).stream().count()).isEqualTo(1);
            wm.verify(getRequestedFor(urlEqualTo("/image/v2/images?limit=1&marker=x")));
        }
    }

    @Test
    void listSendsTypedFiltersAsGlanceQueryParameters() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson("{\"images\": []}")));

        glance.images().list(ImageListOptions.builder()
                .visibility(VisibilityFilter.SHARED).memberStatus(MemberStatusFilter.PENDING).owner(OWNER)
                .status(ImageStatus.ACTIVE).tag("a b").tag("c&d").protectedImage(false).hidden(true)
                .sizeMin(1).sizeMax(100).sort(ImageListOptions.SortKey.NAME, true)
                .sort(ImageListOptions.SortKey.CREATED_AT, false).pageSize(1000).build()).stream().count();

        wm.verify(getRequestedFor(urlEqualTo("/v2/images?visibility=shared&member_status=pending&owner=" + OWNER
                + "&status=active&tag=a%20b&tag=c%26d&protected=false&os_hidden=true&size_min=1&size_max=100"
                + "&sort=name%3Aasc%2Ccreated_at%3Adesc&limit=1000")));
    }

    @Test
    void sharedWithMeLeavesOutTheCallersOwnImages() {
        String mine = imageJson(OTHER, "mine", "shared").replace("\"owner\": \"" + OWNER, "\"owner\": \"" + ME);
        wm.stubFor(get(urlEqualTo("/v2/images?visibility=shared&member_status=all")).willReturn(okJson(
                "{\"images\": [" + imageJson(IMAGE, "theirs", "shared") + ", " + mine + "]}")));

        assertThat(glance.images().sharedWithMe(MemberStatusFilter.ALL).stream().map(Image::id))
                .containsExactly(IMAGE);
    }

    @Test
    void createPostsOnlyTheFieldsGiven() {
        wm.stubFor(post("/v2/images").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(imageJson(IMAGE, "new", "private")
                        .replace("\"active\"", "\"queued\""))));

        Image image = glance.images().create(ImageCreate.builder().name("new").visibility(Visibility.PRIVATE)
                .diskFormat("raw").containerFormat("bare").addTags("t1").putProperties("os_distro", "cirros").build());

        assertThat(image.status()).isEqualTo(ImageStatus.QUEUED);
        wm.verify(postRequestedFor(urlEqualTo("/v2/images"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"name\": \"new\", \"visibility\": \"private\", \"disk_format\": \"raw\","
                        + " \"container_format\": \"bare\", \"tags\": [\"t1\"], \"os_distro\": \"cirros\"}")));
    }

    @Test
    void createRefusesAStandardFieldAsACustomProperty() {
        assertThatThrownBy(() -> ImageCreate.builder().putProperties("visibility", "public").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("standard image field");
    }

    @Test
    void uploadStreamsAFileAsOctetStreamAndReportsProgress(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        byte[] data = new byte[300_000];
        new java.util.Random(1).nextBytes(data);
        Files.write(file, data);
        wm.stubFor(put("/v2/images/" + IMAGE + "/file").willReturn(aResponse().withStatus(204)));
        List<Long> progress = new ArrayList<>();

        glance.images().upload(IMAGE, file, progress::add);

        wm.verify(putRequestedFor(urlEqualTo("/v2/images/" + IMAGE + "/file"))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withHeader("Content-Length", equalTo("300000"))
                .withRequestBody(binaryEqualTo(data)));
        assertThat(progress).isNotEmpty().isSorted();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(300_000L);
    }

    @Test
    void uploadOfAStreamOfUnknownLengthIsChunked() {
        wm.stubFor(put("/v2/images/" + IMAGE + "/file").willReturn(aResponse().withStatus(204)));
        byte[] data = "hello image".getBytes(StandardCharsets.UTF_8);

        glance.images().upload(IMAGE, new ByteArrayInputStream(data), -1, n -> {});

        wm.verify(putRequestedFor(urlEqualTo("/v2/images/" + IMAGE + "/file"))
                .withHeader("Transfer-Encoding", equalTo("chunked"))
                .withRequestBody(binaryEqualTo(data)));
    }

    @Test
    void downloadStreamsTheData() throws Exception {
        byte[] data = "disk bytes".getBytes(StandardCharsets.UTF_8);
        wm.stubFor(get("/v2/images/" + IMAGE + "/file").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream")
                .withHeader("Content-Length", String.valueOf(data.length))
                .withHeader("Content-MD5", "abc").withBody(data)));

        try (ImageDownload download = glance.images().download(IMAGE)) {
            assertThat(download.checksum()).contains("abc");
            assertThat(download.length()).hasValue(data.length);
            assertThat(download.readAllBytes()).isEqualTo(data);
        }
        assertThat(session.transport.leasedConnections()).isZero();
    }

    @Test
    void updateSendsOneJsonPatchWithGlancesMediaType() {
        wm.stubFor(patch(urlEqualTo("/v2/images/" + IMAGE)).willReturn(okJson(imageJson(IMAGE, "renamed", "shared"))));

        glance.images().update(IMAGE, ImageUpdate.builder().name("renamed").visibility(Visibility.SHARED)
                .protectedImage(true).minDisk(1).minRam(64).property("os/distro", "cirros").removeProperty("old")
                .build());

        wm.verify(patchRequestedFor(urlEqualTo("/v2/images/" + IMAGE))
                .withHeader("Content-Type", containing("application/openstack-images-v2.1-json-patch"))
                .withRequestBody(equalToJson("[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"renamed\"},"
                        + "{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"shared\"},"
                        + "{\"op\": \"replace\", \"path\": \"/protected\", \"value\": true},"
                        + "{\"op\": \"replace\", \"path\": \"/min_disk\", \"value\": 1},"
                        + "{\"op\": \"replace\", \"path\": \"/min_ram\", \"value\": 64},"
                        + "{\"op\": \"add\", \"path\": \"/os~1distro\", \"value\": \"cirros\"},"
                        + "{\"op\": \"remove\", \"path\": \"/old\"}]")));
    }

    @Test
    void updateRejectedForItsMediaTypeIsTyped() {
        wm.stubFor(patch(urlEqualTo("/v2/images/" + IMAGE)).willReturn(aResponse().withStatus(415)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"The request media type application/json is not supported by this server.\\n"
                        + "<br /><br />\\n\", \"code\": \"415 Unsupported Media Type\", \"title\": \"Unsupported Media Type\"}")));

        assertThatThrownBy(() -> glance.images().update(IMAGE, ImageUpdate.builder().name("x").build()))
                .isInstanceOfSatisfying(UnsupportedMediaTypeException.class, e -> assertThat(e.serverMessage())
                        .isEqualTo("The request media type application/json is not supported by this server."));
    }

    @Test
    void makeSharedLeavesASharedImageAloneWithOneRequest() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        assertThat(glance.images().makeShared(IMAGE).visibility()).isEqualTo(Visibility.SHARED);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void makeSharedPatchesAPrivateImage() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "private"))));
        wm.stubFor(patch(urlEqualTo("/v2/images/" + IMAGE)).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        assertThat(glance.images().makeShared(IMAGE).visibility()).isEqualTo(Visibility.SHARED);
        wm.verify(patchRequestedFor(urlEqualTo("/v2/images/" + IMAGE)).withRequestBody(equalToJson(
                "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"shared\"}]")));
    }

    @Test
    void makeSharedNeverChangesAPublicImage() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "public"))));

        assertThatThrownBy(() -> glance.images().makeShared(IMAGE))
                .isInstanceOf(ImageNotShareableException.class).hasMessageContaining("is public");
        wm.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void tagsArePutAndDeletedWithTheTagEncoded() {
        wm.stubFor(put(urlEqualTo("/v2/images/" + IMAGE + "/tags/two%20words")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete(urlEqualTo("/v2/images/" + IMAGE + "/tags/two%20words")).willReturn(aResponse().withStatus(204)));

        glance.images().addTag(IMAGE, "two words");
        glance.images().removeTag(IMAGE, "two words");

        assertThat(requestCount()).isEqualTo(2);
        assertThatThrownBy(() -> glance.images().addTag(IMAGE, "a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedImageBodyIsATypedDecodeFailure() {
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson("{\"id\": 42}")));

        assertThatThrownBy(() -> glance.images().get(IMAGE))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.DECODE))
                .hasMessageContaining("'id'");
    }

    @Test
    void aStaleTokenIsReplacedOnceAndTheRequestRetried() {
        wm.stubFor(get("/v2/images/" + IMAGE).withHeader("X-Auth-Token", equalTo("token-1"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get("/v2/images/" + IMAGE).withHeader("X-Auth-Token", equalTo("token-2"))
                .willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        assertThat(glance.images().get(IMAGE).id()).isEqualTo(IMAGE);
        assertThat(session.reauths).hasValue(1);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void theCatalogIsAskedForThePublicImageEndpointOnce() {
        wm.stubFor(get(urlPathMatching("/v2/images/.*")).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        glance.images().get(IMAGE);
        glance.images().get(IMAGE);

        assertThat(session.endpointLookups).hasSize(1);
        assertThat(session.endpointLookups.get(0).serviceType()).isEqualTo("image");
        assertThat(session.endpointLookups.get(0).endpointInterface().wireName()).isEqualTo("public");
    }

    @Test
    void uploadDoesNotCloseTheCallersStream() throws Exception {
        wm.stubFor(put("/v2/images/" + IMAGE + "/file").willReturn(aResponse().withStatus(204)));
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        glance.images().upload(IMAGE, in, 10, n -> {});

        assertThat(closed[0]).isFalse();
    }
}
