package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.BadRequestException;
import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.QuotaExceededException;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberServiceTest extends GlanceWireTest {
    private static final String MEMBERS = "/v2/images/" + IMAGE + "/members";

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String reason,
            String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Openstack-Request-Id", "req-42").withBody(glanceError(status, reason, message));
    }

    @Test
    void membersViewSendsNothing() {
        MemberService members = glance.images().members(IMAGE);

        assertThat(members.imageId()).isEqualTo(IMAGE);
        assertThat(requestCount()).isZero();
    }

    @Test
    void addPostsTheProjectAndReturnsThePendingMember() {
        wm.stubFor(post(MEMBERS).willReturn(okJson(memberJson(DEMO, "pending"))));

        Member member = glance.images().members(IMAGE).add(DEMO);

        assertThat(member.memberId()).isEqualTo(DEMO);
        assertThat(member.imageId()).isEqualTo(IMAGE);
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        wm.verify(postRequestedFor(urlEqualTo(MEMBERS))
                .withHeader("X-Auth-Token", equalTo("token-1"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"member\": \"" + DEMO + "\"}")));
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void addingAProjectNameAsAnIdIsRefusedBeforeSending() {
        assertThatThrownBy(() -> glance.images().members(IMAGE).add("demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Keystone project ID").hasMessageContaining("addByName");
        assertThat(requestCount()).isZero();
    }

    @Test
    void addByNameResolvesThroughTheSession() {
        wm.stubFor(post(MEMBERS).willReturn(okJson(memberJson(DEMO, "pending"))));

        assertThat(glance.images().members(IMAGE).addByName("demo").memberId()).isEqualTo(DEMO);
        wm.verify(postRequestedFor(urlEqualTo(MEMBERS)).withRequestBody(equalToJson("{\"member\": \"" + DEMO + "\"}")));
    }

    @Test
    void addByNameWithAnIdAddsItWithoutAskingTheSession() {
        // issue 17: a non-admin's Keystone lookup of another project's ID is refused; add(id) never asks
        String dashed = "4d9a7e1c-2b3f-4a5e-8d7c-6b5a49382716";
        wm.stubFor(post(MEMBERS).willReturn(okJson(memberJson(DEMO, "pending"))));

        glance.images().members(IMAGE).addByName(OWNER);
        glance.images().members(IMAGE).addByName(" " + dashed + " ");

        // the test session knows neither ID by name: resolving them would have thrown
        wm.verify(postRequestedFor(urlEqualTo(MEMBERS)).withRequestBody(equalToJson("{\"member\": \"" + OWNER + "\"}")));
        wm.verify(postRequestedFor(urlEqualTo(MEMBERS)).withRequestBody(equalToJson("{\"member\": \"" + dashed + "\"}")));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void addByNameNeverSendsANameTheSessionCannotResolve() {
        assertThatThrownBy(() -> glance.images().members(IMAGE).addByName("nobody"))
                .isInstanceOf(dev.glanceshare.core.exception.ResourceNotFoundException.class);
        assertThat(requestCount()).isZero();
    }

    @Test
    void addingADuplicateMemberIsAConflict() {
        wm.stubFor(post(MEMBERS).willReturn(error(409, "Conflict",
                "Member " + DEMO + " is duplicated for image " + IMAGE)));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Glance POST " + MEMBERS + " returned 409 Conflict (request req-42): Member " + DEMO
                        + " is duplicated for image " + IMAGE);
    }

    @Test
    void idempotentAddReturnsTheExistingMember() {
        wm.stubFor(post(MEMBERS).willReturn(error(409, "Conflict", "Member " + DEMO + " is duplicated")));
        wm.stubFor(get(MEMBERS + "/" + DEMO).willReturn(okJson(memberJson(DEMO, "accepted"))));

        Member member = glance.images().members(IMAGE).add(DEMO, MemberAddOptions.strict().ignoreExisting());

        assertThat(member.status()).isEqualTo(MemberStatus.ACCEPTED);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void addingMemberToPrivateImageIsForbiddenWithTheReasonAndTheFix() {
        wm.stubFor(post(MEMBERS).willReturn(error(403, "Forbidden", "Not allowed to create members for image " + IMAGE + ".")));
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "private"))));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isInstanceOfSatisfying(ImageNotSharedException.class,
                        e -> assertThat(e.visibility()).isEqualTo(Visibility.PRIVATE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Not allowed to create members for image " + IMAGE + ". The image's "
                        + "visibility is private, and only shared images have members")
                .hasMessageNotContaining("..")
                .hasMessageContaining("makeShared");
        wm.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void addingMemberToPublicImageIsNeverFixedSilently() {
        wm.stubFor(post(MEMBERS).willReturn(error(403, "Forbidden", "Not allowed to create members for image " + IMAGE + ".")));
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "public"))));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO, MemberAddOptions.strict().makeShared()))
                .isInstanceOfSatisfying(ImageNotSharedException.class,
                        e -> assertThat(e.visibility()).isEqualTo(Visibility.PUBLIC))
                .hasMessageContaining("take it away from everyone");
        wm.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void makeSharedOptionSharesAPrivateImageThenAdds() {
        wm.stubFor(post(MEMBERS).inScenario("share").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(error(403, "Forbidden", "Not allowed to create members for image " + IMAGE + "."))
                .willSetStateTo("shared"));
        wm.stubFor(post(MEMBERS).inScenario("share").whenScenarioStateIs("shared")
                .willReturn(okJson(memberJson(DEMO, "pending"))));
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "private"))));
        wm.stubFor(patch(urlEqualTo("/v2/images/" + IMAGE)).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        Member member = glance.images().members(IMAGE).add(DEMO, MemberAddOptions.strict().makeShared());

        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        wm.verify(patchRequestedFor(urlEqualTo("/v2/images/" + IMAGE)).withRequestBody(equalToJson(
                "[{\"op\": \"replace\", \"path\": \"/visibility\", \"value\": \"shared\"}]")));
        assertThat(requestCount()).isEqualTo(4);
    }

    @Test
    void aMemberAddingMembersGetsGlancesOwnRefusal() {
        wm.stubFor(post(MEMBERS).willReturn(error(403, "Forbidden", "Not allowed to create members for image " + IMAGE + ".")));
        wm.stubFor(get("/v2/images/" + IMAGE).willReturn(okJson(imageJson(IMAGE, "x", "shared"))));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isExactlyInstanceOf(ForbiddenException.class)
                .hasMessageEndingWith("Not allowed to create members for image " + IMAGE + ".");
    }

    @Test
    void aStrangerGets404NotForbidden() {
        wm.stubFor(post(MEMBERS).willReturn(error(404, "Not Found", "Image " + IMAGE + " not found.")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isInstanceOf(NotFoundException.class).hasMessageEndingWith("Image " + IMAGE + " not found.");
    }

    @Test
    void theMemberQuotaIsTyped() {
        wm.stubFor(post(MEMBERS).willReturn(error(413, "Request Entity Too Large", "Image member limit exceeded for image "
                + IMAGE + ": The limit has been exceeded on the number of allowed image members for this image. "
                + "Attempted: 129, Maximum: 128:")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isInstanceOf(QuotaExceededException.class).hasMessageContaining("Maximum: 128");
    }

    @Test
    void removeDeletesTheMember() {
        wm.stubFor(delete(MEMBERS + "/" + DEMO).willReturn(aResponse().withStatus(204)));

        glance.images().members(IMAGE).remove(DEMO);

        wm.verify(deleteRequestedFor(urlEqualTo(MEMBERS + "/" + DEMO)).withHeader("X-Auth-Token", equalTo("token-1")));
    }

    @Test
    void removeIfPresentTreatsAMissingMemberAsDone() {
        wm.stubFor(delete(MEMBERS + "/" + DEMO).willReturn(error(404, "Not Found",
                DEMO + " not found in the member list of the image " + IMAGE + ".")));

        assertThat(glance.images().members(IMAGE).removeIfPresent(DEMO)).isFalse();
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void removeIfPresentStillFailsWhenTheImageIsMissing() {
        wm.stubFor(delete(MEMBERS + "/" + DEMO).willReturn(error(404, "Not Found", "Image " + IMAGE + " not found.")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).removeIfPresent(DEMO))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listReturnsEveryMemberWithItsStatus() {
        wm.stubFor(get(MEMBERS).willReturn(okJson("{\"members\": [" + memberJson(DEMO, "rejected") + ", "
                + memberJson(ME, "accepted") + "], \"schema\": \"/v2/schemas/members\"}")));

        List<Member> members = glance.images().members(IMAGE).list();

        assertThat(members).extracting(Member::memberId).containsExactly(DEMO, ME);
        assertThat(members).extracting(Member::status).containsExactly(MemberStatus.REJECTED, MemberStatus.ACCEPTED);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void listOnAPrivateImageIsForbidden() {
        wm.stubFor(get(MEMBERS).willReturn(error(403, "Forbidden",
                "Not allowed to list members for image " + IMAGE + ": Only shared images have members.")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).list())
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("Only shared images have members.");
    }

    @Test
    void acceptSetsTheSessionProjectsOwnStatus() {
        wm.stubFor(put(MEMBERS + "/" + ME).willReturn(okJson(memberJson(ME, "accepted"))));

        assertThat(glance.images().members(IMAGE).accept().status()).isEqualTo(MemberStatus.ACCEPTED);

        wm.verify(putRequestedFor(urlEqualTo(MEMBERS + "/" + ME))
                .withRequestBody(equalToJson("{\"status\": \"accepted\"}")));
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void rejectAndPendingSendTheirLowerCaseStatus() {
        wm.stubFor(put(MEMBERS + "/" + ME).withRequestBody(equalToJson("{\"status\": \"rejected\"}"))
                .willReturn(okJson(memberJson(ME, "rejected"))));
        wm.stubFor(put(MEMBERS + "/" + ME).withRequestBody(equalToJson("{\"status\": \"pending\"}"))
                .willReturn(okJson(memberJson(ME, "pending"))));

        assertThat(glance.images().members(IMAGE).reject().status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(glance.images().members(IMAGE).pending().status()).isEqualTo(MemberStatus.PENDING);
    }

    @Test
    void theOwnerSettingAMembersStatusIsForbidden() {
        wm.stubFor(put(MEMBERS + "/" + DEMO).willReturn(error(403, "Forbidden",
                "Not allowed to update members for image " + IMAGE + ".")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).updateStatus(DEMO, MemberStatus.ACCEPTED))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("Not allowed to update members");
    }

    @Test
    void anInvalidStatusFromTheServerIsABadRequest() {
        wm.stubFor(put(MEMBERS + "/" + ME).willReturn(error(400, "Bad Request",
                "Incorrect request: Status must be \\\"pending\\\", \\\"accepted\\\" or \\\"rejected\\\".")));

        assertThatThrownBy(() -> glance.images().members(IMAGE).accept())
                .isInstanceOf(BadRequestException.class)
                .hasMessageEndingWith("Status must be \"pending\", \"accepted\" or \"rejected\".");
    }

    @Test
    void unknownStatusCannotBeSent() {
        assertThatThrownBy(() -> glance.images().members(IMAGE).updateStatus(DEMO, MemberStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(requestCount()).isZero();
    }

    @Test
    void acceptShareByNameFindsPendingSharesAndCostsTwoRequests() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).withQueryParam("member_status", equalTo("all"))
                .willReturn(okJson("{\"images\": [" + imageJson(IMAGE, "alt-img", "shared") + "]}")));
        wm.stubFor(put(MEMBERS + "/" + ME).willReturn(okJson(memberJson(ME, "accepted"))));

        assertThat(glance.images().acceptShare("alt-img").status()).isEqualTo(MemberStatus.ACCEPTED);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void anUnscopedSessionCannotAccept() {
        TestSession unscoped = new TestSession(java.net.URI.create(wm.baseUrl()), null, java.util.Map.of());
        try (unscoped; GlanceClient client = GlanceClient.builder().session(unscoped).build()) {
            assertThatThrownBy(() -> client.images().members(IMAGE).accept())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not scoped to a project");
        }
        assertThat(requestCount()).isZero();
    }

    @Test
    void memberPathsAreEncodedSoNoInputReachesAnotherPath() {
        assertThatThrownBy(() -> glance.images().members("x/../../v3").list())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> glance.images().members(IMAGE).get(DEMO + "/../x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(requestCount()).isZero();
    }

    @Test
    void aGetIsRetriedOn503ButAMemberAddIsNot() {
        wm.stubFor(get(MEMBERS).inScenario("flaky").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")).willSetStateTo("up"));
        wm.stubFor(get(MEMBERS).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("{\"members\": []}")));
        wm.stubFor(post(MEMBERS).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        assertThat(glance.images().members(IMAGE).list()).isEmpty();
        wm.verify(2, getRequestedFor(urlEqualTo(MEMBERS)));

        assertThatThrownBy(() -> glance.images().members(IMAGE).add(DEMO))
                .isInstanceOf(dev.glanceshare.core.exception.ServerErrorException.class);
        wm.verify(1, postRequestedFor(urlEqualTo(MEMBERS)));
    }

    @Test
    void aCallerChosenRequestIdIsSent() {
        wm.stubFor(get(MEMBERS).willReturn(okJson("{\"members\": []}")));
        try (GlanceClient client = GlanceClient.builder().session(session).requestIds(() -> "req-mine-1").build()) {
            client.images().members(IMAGE).list();
        }
        wm.verify(getRequestedFor(urlEqualTo(MEMBERS)).withHeader("X-Openstack-Request-ID", equalTo("req-mine-1")));
    }
}
