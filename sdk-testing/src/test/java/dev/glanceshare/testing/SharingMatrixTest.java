package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour file's table 3.2: owner alt, member demo, stranger other; and 3.3 for an admin owner. */
class SharingMatrixTest extends GlanceFixture {
    private static final String NONE = "00000000-0000-4000-8000-000000000000";
    String shared;
    String priv;
    String prot;

    @BeforeEach
    void images() {
        shared = create(alt, "{\"name\": \"shared\", \"visibility\": \"shared\"}");
        priv = create(alt, "{\"name\": \"priv\", \"visibility\": \"private\"}");
        prot = create(alt, "{\"name\": \"prot\", \"protected\": true}");
    }

    private Wire.Reply addMember(String token, String image, String member) {
        return post(token, "/images/" + image + "/members", "{\"member\": \"" + member + "\"}");
    }

    private Wire.Reply setStatus(String token, String image, String member, String status) {
        return put(token, "/images/" + image + "/members/" + member, "{\"status\": \"" + status + "\"}");
    }

    @Test
    void addingMemberToPrivateImageIsForbidden() {
        assertGlanceError(addMember(alt, priv, demo.demoProjectId()), 403,
                "Not allowed to create members for image " + priv + ".");
    }

    @Test
    void addingMemberAnswers200WithPendingMemberAndDuplicateIs409() {
        Wire.Reply r = addMember(alt, shared, demo.demoProjectId());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"member_id\": \"" + demo.demoProjectId() + "\", \"image_id\": \"" + shared
                + "\", \"status\": \"pending\", \"created_at\": \"2026-11-22T22:44:00Z\", \"updated_at\":"
                + " \"2026-11-22T22:44:00Z\", \"schema\": \"/v2/schemas/member\"}");
        assertGlanceError(addMember(alt, shared, demo.demoProjectId()), 409,
                "Member " + demo.demoProjectId() + " is duplicated for image " + shared);
    }

    @Test
    void unknownAndNonUuidImageIdsAre404WithTheirOwnWordings() {
        assertGlanceError(get(alt, "/images/" + NONE), 404, "No image found with ID " + NONE);
        assertGlanceError(get(alt, "/images/not-a-uuid"), 404, "No image found with ID not-a-uuid");
        assertGlanceError(get(alt, "/images/not-a-uuid/members"), 404, "Image not-a-uuid not found.");
        assertGlanceError(get(alt, "/images/" + NONE + "/members"), 404, "Image " + NONE + " not found.");
        assertGlanceError(addMember(alt, NONE, demo.demoProjectId()), 404, "Image " + NONE + " not found.");
    }

    @Test
    void strangerGets404NotForbiddenOnEverything() {
        addMember(alt, shared, demo.demoProjectId());
        assertGlanceError(get(other, "/images/" + shared + "/members"), 404, "Image " + shared + " not found.");
        assertGlanceError(get(other, "/images/" + shared), 404, "No image found with ID " + shared);
        assertGlanceError(get(other, "/images/" + shared + "/members/" + demo.demoProjectId()), 404,
                "Image " + shared + " not found.");
        assertGlanceError(addMember(other, shared, otherProject), 404, "Image " + shared + " not found.");
        assertGlanceError(setStatus(other, shared, otherProject, "accepted"), 404, "Image " + shared + " not found.");
    }

    @Test
    void pendingMemberSeesTheImageByIdButMayNotChangeIt() {
        addMember(alt, shared, demo.demoProjectId());
        Wire.Reply image = get(demoToken, "/images/" + shared);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.json().get("visibility").asText()).isEqualTo("shared");
        assertGlanceError(addMember(demoToken, shared, otherProject), 403,
                "Not allowed to create members for image " + shared + ".");
        Wire.Reply members = get(demoToken, "/images/" + shared + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().get("members").findValuesAsText("member_id")).containsExactly(demo.demoProjectId());
        assertThat(get(demoToken, "/images/" + shared + "/members/" + demo.demoProjectId()).json().get("status").asText())
                .isEqualTo("pending");
        assertGlanceError(delete(demoToken, "/images/" + shared + "/members/" + demo.demoProjectId()), 403,
                "Not allowed to delete members for image " + shared + ".");
        assertGlanceError(patch(demoToken, shared, "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]"),
                403, "You do not own this image");
        assertGlanceError(delete(demoToken, "/images/" + shared), 403, "You do not own this image");
        assertGlanceError(Wire.request("PUT", v2("/images/" + shared + "/tags/red")).token(demoToken).json().send(),
                403, "Not allowed to update tags for image " + shared + ".");
    }

    @Test
    void ownerMayNotSetAMembersStatus() {
        addMember(alt, shared, demo.demoProjectId());
        assertGlanceError(setStatus(alt, shared, demo.demoProjectId(), "accepted"), 403,
                "Not allowed to update members for image " + shared + ".");
        assertThat(get(alt, "/images/" + shared + "/members/" + demo.demoProjectId()).json().get("status").asText())
                .isEqualTo("pending");
    }

    @Test
    void memberStatusValidationAndCaseSensitivity() {
        addMember(alt, shared, demo.demoProjectId());
        String bad = "Incorrect request: Status must be \"pending\", \"accepted\" or \"rejected\".";
        assertGlanceError(setStatus(demoToken, shared, demo.demoProjectId(), "bogus"), 400, bad);
        assertGlanceError(setStatus(demoToken, shared, demo.demoProjectId(), "ACCEPTED"), 400, bad);
        assertGlanceError(put(demoToken, "/images/" + shared + "/members/" + demo.demoProjectId(), "{}"), 400,
                "Status not specified");
        assertGlanceError(setStatus(demoToken, shared, otherProject, "accepted"), 404,
                otherProject + " not found in the member list of the image " + shared + ".");
        assertThat(setStatus(demoToken, shared, demo.demoProjectId(), "pending").status()).isEqualTo(200);
    }

    @Test
    void memberListingsFollowTheMemberStatus() {
        addMember(alt, shared, demo.demoProjectId());
        assertListing("/images", 0, "/v2/images");
        assertListing("/images?member_status=all", 1, "/v2/images?member_status=all");
        assertListing("/images?visibility=shared", 0, "/v2/images?visibility=shared");
        assertThat(setStatus(demoToken, shared, demo.demoProjectId(), "accepted").json().get("status").asText())
                .isEqualTo("accepted");
        assertThat(setStatus(demoToken, shared, demo.demoProjectId(), "accepted").status()).isEqualTo(200);
        assertListing("/images", 1, "/v2/images");
        assertThat(setStatus(demoToken, shared, demo.demoProjectId(), "rejected").status()).isEqualTo(200);
        assertListing("/images", 0, "/v2/images");
        assertThat(get(demoToken, "/images/" + shared).status()).isEqualTo(200);
        JsonNode members = get(alt, "/images/" + shared + "/members").json().get("members");
        assertThat(members.get(0).get("status").asText()).isEqualTo("rejected");
    }

    private void assertListing(String path, int count, String first) {
        Wire.Reply r = get(demoToken, path);
        assertThat(r.status()).isEqualTo(200);
        // demo's own listing also holds the seeded admin image only when demo is a member of it: it is not
        assertThat(r.json().get("images")).hasSize(count);
        assertThat(r.json().get("first").asText()).isEqualTo(first);
        assertThat(r.json().has("next")).isFalse();
    }

    @Test
    void protectedImageCannotBeDeletedUntilUnprotected() {
        assertGlanceError(delete(alt, "/images/" + prot), 403, "Image " + prot + " is protected and cannot be deleted.");
        assertThat(patch(alt, prot, "[{\"op\": \"replace\", \"path\": \"/protected\", \"value\": false}]").status())
                .isEqualTo(200);
        Wire.Reply deleted = delete(alt, "/images/" + prot);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.header("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(deleted.header("Content-Length")).contains("0");
        assertGlanceError(delete(alt, "/images/" + prot), 404, "Failed to find image " + prot + " to delete");
    }

    @Test
    void memberIdsAreNotValidatedAndBadBodiesAre400() {
        assertThat(addMember(alt, shared, "no-such-project").json().get("status").asText()).isEqualTo("pending");
        assertGlanceError(post(alt, "/images/" + shared + "/members", "{\"members\": \"x\"}"), 400,
                "Member to be added not specified");
        assertGlanceError(post(alt, "/images/" + shared + "/members", "not json"), 400, "Malformed JSON in request body.");
        Wire.Reply noType = Wire.request("POST", v2("/images/" + shared + "/members")).token(alt).json()
                .body("{\"member\": \"zzz\"}").send();
        assertThat(noType.status()).isEqualTo(200);
        assertGlanceError(delete(alt, "/images/" + shared + "/members/" + otherProject), 404,
                otherProject + " not found in the member list of the image " + shared + ".");
        assertGlanceError(get(alt, "/images/" + shared + "/members/" + otherProject), 404,
                otherProject + " not found in the member list of the image " + shared + ".");
    }

    @Test
    void patchWithPlainJsonContentTypeIs415WithAcceptPatch() {
        Wire.Reply r = Wire.request("PATCH", v2("/images/" + shared)).token(alt).json()
                .jsonBody("[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"shared\"}]").send();
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.body()).isEqualTo("{\"message\": \"The request media type application/json is not supported by"
                + " this server.\\n<br /><br />\\n\", \"code\": \"415 Unsupported Media Type\", \"title\":"
                + " \"Unsupported Media Type\"}");
        assertThat(r.header("Accept-Patch")).contains("application/openstack-images-v2.0-json-patch,"
                + " application/openstack-images-v2.1-json-patch");
    }

    @Test
    void membersComeBackWithTheirOldStatusesWhenTheImageIsSharedAgain() {
        addMember(alt, shared, demo.demoProjectId());
        setStatus(demoToken, shared, demo.demoProjectId(), "rejected");
        addMember(alt, shared, "no-such-project");
        addMember(alt, shared, "zzz");
        assertThat(patch(alt, shared, "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"private\"}]")
                .json().get("visibility").asText()).isEqualTo("private");
        assertGlanceError(get(alt, "/images/" + shared + "/members"), 403,
                "Not allowed to list members for image " + shared + ": Only shared images have members.");
        assertGlanceError(get(demoToken, "/images/" + shared), 404, "No image found with ID " + shared);
        patch(alt, shared, "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"shared\"}]");
        JsonNode members = get(alt, "/images/" + shared + "/members").json().get("members");
        assertThat(members.findValuesAsText("member_id")).containsExactly(demo.demoProjectId(), "no-such-project", "zzz");
        assertThat(members.findValuesAsText("status")).containsExactly("rejected", "pending", "pending");
        assertGlanceError(patch(alt, shared, "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"public\"}]"),
                403, "You are not authorized to complete publicize_image action.");
        assertThat(get(alt, "/images/" + shared + "/members").json().get("members")).hasSize(3);
    }

    @Test
    void tagsAreIdempotentAndMissingOnesAre404() {
        Wire.Reply put = Wire.request("PUT", v2("/images/" + shared + "/tags/blue")).token(alt).json().send();
        assertThat(put.status()).isEqualTo(204);
        assertThat(put.header("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(Wire.request("PUT", v2("/images/" + shared + "/tags/blue")).token(alt).send().status()).isEqualTo(204);
        assertThat(Wire.request("PUT", v2("/images/" + shared + "/tags/two%20words")).token(alt).send().status())
                .isEqualTo(204);
        assertGlanceError(Wire.request("PUT", v2("/images/" + shared + "/tags/a%2Fb")).token(alt).json().send(), 404,
                "The resource could not be found.");
        assertThat(get(alt, "/images/" + shared).json().get("tags").toString()).isEqualTo("[\"blue\",\"two words\"]");
        assertGlanceError(delete(alt, "/images/" + shared + "/tags/nope"), 404, "The resource could not be found.");
        assertThat(delete(alt, "/images/" + shared + "/tags/two%20words").status()).isEqualTo(204);
        Wire.Reply byTag = get(alt, "/images?tag=blue");
        assertThat(byTag.json().get("images").findValuesAsText("id")).containsExactly(shared);
        assertThat(byTag.json().get("first").asText()).isEqualTo("/v2/images?tag=blue");
        addMember(alt, shared, demo.demoProjectId());
        assertThat(setStatus(demoToken, shared, demo.demoProjectId(), "accepted").status()).isEqualTo(200);
    }

    @Test
    void adminOwnerMaySetMemberStatusAndPublicize() {
        String img = create(admin, "{\"name\": \"admins\"}");
        addMember(admin, img, demo.demoProjectId());
        assertThat(setStatus(admin, img, demo.demoProjectId(), "accepted").json().get("status").asText())
                .isEqualTo("accepted");
        assertThat(patch(admin, img, "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"public\"}]")
                .json().get("visibility").asText()).isEqualTo("public");
        assertGlanceError(get(admin, "/images/" + img + "/members"), 403,
                "Not allowed to list members for image " + img + ": Only shared images have members.");
    }
}
