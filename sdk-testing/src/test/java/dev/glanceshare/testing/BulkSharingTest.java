package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.QuotaExceededException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.Interceptor;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.CancellationToken;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk sharing against the fake: exact per-pair results, request counts, faults, quota and cancellation. */
class BulkSharingTest {
    private BulkFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void fiftyImagesTimesAHundredProjectsUnderFaultsEndExactWithNothingLostOrDuplicated() {
        f = BulkFixture.start();
        List<String> images = f.images(50);
        List<String> projects = BulkFixture.projects(100);
        // Images 0-1 already have two of the projects: the check sees them, no request is sent for them.
        for (String image : images.subList(0, 2)) {
            f.fake.seed().member(image, projects.get(0), "accepted");
            f.fake.seed().member(image, projects.get(1), "pending");
        }
        // Images 2-4: someone else adds each of projects 10-19 between the check and our POST (a real 409).
        Set<String> raced = ConcurrentHashMap.newKeySet();
        for (String image : images.subList(2, 5)) {
            projects.subList(10, 20).forEach(p -> raced.add(image + "/" + p));
        }
        Interceptor concurrentOwner = chain -> {
            String path = chain.request().uri().getPath();
            if (chain.request().method().equals("POST") && path.endsWith("/members")) {
                String image = path.split("/")[3];
                String body = new String(chain.request().body().orElseThrow().bufferedBytes().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
                String project = body.replaceAll(".*\"member\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
                if (raced.remove(image + "/" + project)) {
                    f.fake.seed().member(image, project, "pending");
                }
            }
            return chain.proceed(chain.request());
        };
        // Images 10-19: 429 with Retry-After, 503 and dropped connections on the adds.
        for (String image : images.subList(10, 14)) {
            f.fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").times(5).respond(429)
                    .withRetryAfter("0"));
        }
        f.fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + images.get(14) + "/members").times(2)
                .respond(429).withRetryAfter("1"));
        for (String image : images.subList(15, 18)) {
            f.fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").times(4).respond(503));
        }
        for (String image : images.subList(18, 20)) {
            f.fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").times(4).dropConnection());
        }
        int faults = 4 * 5 + 2 + 3 * 4 + 2 * 4;
        GlanceClient alt = f.client("alt", concurrentOwner);
        Map<String, List<String>> work = new LinkedHashMap<>();
        images.forEach(image -> work.put(image, projects));
        f.fake.journal().clear();

        BulkResult result = alt.bulk(BulkOptions.builder().parallelism(8).build()).share(work);

        assertThat(result.items()).hasSize(5000);
        assertThat(result.failures()).isEmpty();
        assertThat(result.count(Outcome.ALREADY_MEMBER)).isEqualTo(2 * 2 + 3 * 10);
        assertThat(result.count(Outcome.ADDED)).isEqualTo(5000 - 34);
        for (ItemResult r : result.items()) {
            int image = images.indexOf(r.imageId());
            int project = projects.indexOf(r.projectId());
            Outcome expected = image < 2 && project < 2 || image >= 2 && image < 5 && project >= 10 && project < 20
                    ? Outcome.ALREADY_MEMBER : Outcome.ADDED;
            assertThat(r.outcome()).as(r.toString()).isEqualTo(expected);
        }
        assertThat(result.items().stream().filter(r -> r.imageId().equals(images.get(0))).limit(2))
                .allMatch(r -> r.attempts() == 0);
        for (String image : images) {
            assertThat(f.memberIds(image)).as("members of " + image).hasSize(100)
                    .containsExactlyInAnyOrderElementsOf(projects);
        }
        assertThat(f.fake.pendingFaults()).isZero();
        assertThat(f.requests("GET", "/members")).as("one check per image").isEqualTo(50);
        assertThat(f.requests("POST", "/members")).as("one add per pair not already a member, plus one per fault")
                .isEqualTo(5000 - 4 + faults);
        assertThat(f.imageRequests()).isEqualTo(50 + 5000 - 4 + faults);
    }

    @Test
    void requestsAreOnePerMemberOperationPlusOneCheckPerImageAndAReRunSendsOnlyTheChecks() {
        f = BulkFixture.start();
        List<String> images = f.images(5);
        List<String> projects = BulkFixture.projects(20);
        f.fake.seed().member(images.get(0), projects.get(0), "pending");
        GlanceClient alt = f.client("alt");
        Map<String, List<String>> work = new LinkedHashMap<>();
        images.forEach(image -> work.put(image, projects));
        f.fake.journal().clear();

        BulkResult first = alt.bulk().share(work);

        assertThat(first.count(Outcome.ADDED)).isEqualTo(99);
        assertThat(first.count(Outcome.ALREADY_MEMBER)).isEqualTo(1);
        assertThat(f.imageRequests()).isEqualTo(5 + 99);
        f.fake.journal().clear();

        BulkResult again = alt.bulk().share(work);

        assertThat(again.count(Outcome.ALREADY_MEMBER)).isEqualTo(100);
        assertThat(again.isComplete()).isTrue();
        assertThat(f.imageRequests()).as("only the checks").isEqualTo(5);
    }

    @Test
    void oneMalformedIdAmongManyFailsTheCallBeforeAnyRequest() {
        f = BulkFixture.start();
        List<String> images = f.images(3);
        List<String> projects = new ArrayList<>(BulkFixture.projects(5));
        projects.add("../../v3/auth/tokens");
        GlanceClient alt = f.client("alt");
        alt.images().get(images.get(0)); // authenticated, so any request below would be a Glance one
        f.fake.journal().clear();

        assertThatThrownBy(() -> alt.bulk().share(images.get(0), projects))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../../v3/auth/tokens' is not a Keystone project ID");
        assertThatThrownBy(() -> alt.bulk().share(List.of(images.get(1), "my-image"),
                projects.get(0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'my-image' is not a Glance image ID");
        assertThatThrownBy(() -> alt.bulk().offboard("alt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'alt' is not a Keystone project ID");
        assertThatThrownBy(() -> alt.bulk().accept(Arrays.asList(images.get(2), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("imageId");

        assertThat(f.fake.journal().requests()).isEmpty();
        assertThat(f.fake.members(images.get(0))).isEmpty();
    }

    @Test
    void projectsBeyondTheMemberLimitAreNotAttemptedBeforeAnyRequest() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        BulkFixture.projects(120).forEach(p -> f.fake.seed().member(image, p, "accepted"));
        List<String> projects = BulkFixture.projects(20);
        GlanceClient alt = f.client("alt");
        f.fake.journal().clear();

        BulkResult result = alt.bulk().share(image, projects);

        assertThat(result.count(Outcome.ADDED)).isEqualTo(8);
        assertThat(result.count(Outcome.NOT_ATTEMPTED)).isEqualTo(12);
        assertThat(result.items().subList(8, 20)).allSatisfy(r -> assertThat(r.reason().orElseThrow())
                .contains("member limit of 128", "it has 120 members"));
        assertThat(f.fake.members(image)).hasSize(128);
        assertThat(f.imageRequests()).isEqualTo(1 + 8);
    }

    @Test
    void aQuotaReachedMidRunStopsAddsToThatImageOnly() {
        f = new BulkFixture(FakeOpenStack.builder().memberQuota(10)); // a cloud configured below the SDK's 128
        List<String> images = f.images(2);
        List<String> projects = BulkFixture.projects(15);
        GlanceClient alt = f.client("alt");
        f.fake.seed().member(images.get(1), projects.get(0), "pending");

        Map<String, List<String>> work = new LinkedHashMap<>();
        work.put(images.get(0), projects);
        work.put(images.get(1), projects.subList(0, 3));

        BulkResult result = alt.bulk(BulkOptions.builder().parallelism(1).build()).share(work);

        assertThat(result.count(Outcome.ADDED)).isEqualTo(10 + 2);
        assertThat(result.items().subList(15, 18)).extracting(ItemResult::outcome)
                .containsExactly(Outcome.ALREADY_MEMBER, Outcome.ADDED, Outcome.ADDED);
        assertThat(result.failures()).singleElement().satisfies(r -> {
            assertThat(r.error().orElseThrow()).isInstanceOf(QuotaExceededException.class);
            assertThat(r.projectId()).isEqualTo(projects.get(10));
        });
        assertThat(result.items().subList(11, 15)).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
            assertThat(r.reason().orElseThrow()).contains("refused an add");
        });
        assertThat(f.fake.members(images.get(0))).hasSize(10);
        assertThat(f.requests("POST", "/members")).isEqualTo(11 + 2);
    }

    @Test
    void aCancelledRunLeavesAConsistentStateAndARerunCompletesIt() {
        f = BulkFixture.start();
        f.fake.setLatency(RequestClass.MEMBER, java.time.Duration.ofMillis(2));
        List<String> images = f.images(10);
        List<String> projects = BulkFixture.projects(30);
        GlanceClient alt = f.client("alt");
        Map<String, List<String>> work = new LinkedHashMap<>();
        images.forEach(image -> work.put(image, projects));
        CancellationToken token = new CancellationToken();
        AtomicInteger lastTotal = new AtomicInteger();
        BulkOptions options = BulkOptions.builder().parallelism(3).cancellation(token).progress((done, total) -> {
            lastTotal.set(total);
            if (done == 100) {
                token.cancel();
            }
        }).build();

        BulkResult cancelled = alt.bulk(options).share(work);

        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(lastTotal.get()).isEqualTo(300);
        int added = cancelled.count(Outcome.ADDED);
        assertThat(added).isBetween(90, 110);
        assertThat(cancelled.count(Outcome.NOT_ATTEMPTED)).isEqualTo(300 - added);
        assertThat(cancelled.failures()).isEmpty();
        for (ItemResult r : cancelled.items()) {
            assertThat(f.memberIds(r.imageId()).contains(r.projectId())).as(r.toString())
                    .isEqualTo(r.outcome() == Outcome.ADDED);
        }

        BulkResult rerun = alt.bulk().share(work);

        assertThat(rerun.count(Outcome.ADDED)).isEqualTo(300 - added);
        assertThat(rerun.count(Outcome.ALREADY_MEMBER)).isEqualTo(added);
        images.forEach(image -> assertThat(f.memberIds(image)).containsExactlyInAnyOrderElementsOf(projects));
    }

    @Test
    void stopOnFailureLeavesTheRestNotAttempted() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        List<String> projects = BulkFixture.projects(10);
        f.fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/*/members").respond(400));
        GlanceClient alt = f.client("alt");

        BulkResult result = alt.bulk(BulkOptions.builder().parallelism(1).stopOnFailure(true).build())
                .share(image, projects);

        assertThat(result.failures()).hasSize(1);
        assertThat(result.count(Outcome.NOT_ATTEMPTED)).isEqualTo(9);
        assertThat(result.isComplete()).isFalse();
        assertThat(f.fake.members(image)).isEmpty();
    }

    @Test
    void aPrivateImageIsSharedOnlyWhenAskedAndPublicOnesNever() {
        f = BulkFixture.start();
        String priv = f.fake.seed().image("priv").owner(f.demo.altProjectId()).visibility("private").create();
        String pub = f.fake.seed().image("pub").owner(f.demo.altProjectId()).visibility("public").create();
        List<String> projects = BulkFixture.projects(3);
        GlanceClient alt = f.client("alt");
        Map<String, List<String>> work = new LinkedHashMap<>();
        work.put(priv, projects);
        work.put(pub, projects);

        BulkResult strict = alt.bulk().share(work);

        assertThat(strict.items().subList(0, 3)).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
            assertThat(r.reason().orElseThrow()).contains("is not shared", "makeShared(true)");
        });
        assertThat(f.fake.members(priv)).isEmpty();
        assertThat(strict.items().subList(3, 6)).as("a public image is never given members")
                .allSatisfy(r -> assertThat(r.isDone()).isFalse());
        assertThat(f.fake.members(pub)).isEmpty();
        f.fake.journal().clear();

        BulkResult shared = alt.bulk(BulkOptions.builder().makeShared(true).build()).share(Map.of(priv, projects));

        assertThat(shared.count(Outcome.ADDED)).isEqualTo(3);
        assertThat(f.fake.image(priv).orElseThrow().visibility()).isEqualTo("shared");
        assertThat(f.fake.image(pub).orElseThrow().visibility()).isEqualTo("public");
    }

    @Test
    void unshareRemovesMembersAndCallsNonMembersNotAMember() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        List<String> projects = BulkFixture.projects(6);
        projects.subList(0, 4).forEach(p -> f.fake.seed().member(image, p, "accepted"));
        f.fake.inject(Fault.on(Service.IMAGE, "DELETE", "/v2/images/*/members/*").times(2).respond(503));
        GlanceClient alt = f.client("alt");
        f.fake.journal().clear();

        BulkResult result = alt.bulk().unshare(image, projects);

        assertThat(result.items()).extracting(ItemResult::outcome).containsExactly(Outcome.REMOVED, Outcome.REMOVED,
                Outcome.REMOVED, Outcome.REMOVED, Outcome.NOT_A_MEMBER, Outcome.NOT_A_MEMBER);
        assertThat(f.fake.members(image)).isEmpty();
        assertThat(f.requests("DELETE", "")).isEqualTo(4 + 2);
    }

    @Test
    void aLostResponseAfterTheServerActedIsRetriedWithoutDuplicatingAndReportedAsThisRunsWork() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        List<String> projects = BulkFixture.projects(10);
        Set<String> loseOnce = ConcurrentHashMap.newKeySet();
        loseOnce.add("POST");
        loseOnce.add("DELETE");
        // The server does the work, then the answer is lost: the outcome is unknown to the client.
        Interceptor lostAnswer = chain -> {
            HttpResponse response = chain.proceed(chain.request());
            if (loseOnce.remove(chain.request().method())) {
                response.close();
                throw new TransportException(TransportException.Kind.IO, chain.request().method(),
                        chain.request().uri(), "connection reset (test)", null);
            }
            return response;
        };
        GlanceClient alt = f.client("alt", lostAnswer);
        BulkOptions one = BulkOptions.builder().parallelism(1).build();

        BulkResult added = alt.bulk(one).share(image, projects);

        assertThat(added.count(Outcome.ADDED)).isEqualTo(10);
        assertThat(added.items().get(0).attempts()).as("the retry met a 409: the lost attempt worked").isEqualTo(2);
        assertThat(f.memberIds(image)).containsExactlyInAnyOrderElementsOf(projects);

        BulkResult removed = alt.bulk(one).unshare(image, projects.subList(0, 3));

        assertThat(removed.items()).extracting(ItemResult::outcome).containsOnly(Outcome.REMOVED);
        assertThat(f.memberIds(image)).containsExactlyInAnyOrderElementsOf(projects.subList(3, 10));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aCallersExecutorThatWasShutDownFailsTheRunInsteadOfHangingIt() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();

        assertThatThrownBy(() -> f.client("alt")
                .bulk(BulkOptions.builder().executor(closed).build()).share(image, BulkFixture.projects(3)))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }

    @Test
    void aCallersExecutorIsUsedAndLeftRunning() {
        f = BulkFixture.start();
        String image = f.images(1).get(0);
        ExecutorService mine = Executors.newCachedThreadPool();
        try {
            BulkResult result = f.client("alt").bulk(BulkOptions.builder().executor(mine).parallelism(2).build())
                    .share(image, BulkFixture.projects(10));

            assertThat(result.count(Outcome.ADDED)).isEqualTo(10);
            assertThat(mine.isShutdown()).isFalse();
        } finally {
            mine.shutdown();
        }
    }
}
