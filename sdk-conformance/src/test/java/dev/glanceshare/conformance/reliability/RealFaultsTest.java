package dev.glanceshare.conformance.reliability;

import static dev.glanceshare.conformance.reliability.RealServices.Service.GLANCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.conformance.RealCredentials;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.RetryPolicy;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.image.bulk.BulkProgress;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.image.model.ImageCreate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cases 1, 2, 3 and 7 against the real services: Glance killed, restarted gracefully, stalled and refusing
 * connections while the workload runs; {@link RealFaultCases} says how to run them.
 */
@Tag("real-faults")
@EnabledIfSystemProperty(named = "glanceshare.faults", matches = ".+")
@TestMethodOrder(MethodOrderer.MethodName.class)
class RealFaultsTest extends RealFaultCases {
    @Test
    void case1GlanceKilledMidBulkAndStartedAgain() throws Exception {
        only("1");
        Duration timeout = Duration.ofSeconds(10);
        try (CaseRun run = new CaseRun("1", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            CountDownLatch third = new CountDownLatch(1);
            CompletableFuture<BulkResult> first = shareInBackground(run, third);
            assertThat(third.await(5, TimeUnit.MINUTES)).as("a third of the pairs done").isTrue();
            long killed = System.nanoTime();
            run.note("a third of the pairs done: SIGKILL to Glance");
            services.signal(GLANCE, "KILL");
            services.waitGone(GLANCE);
            restartAndRecover(run, killed);
            BulkResult r1 = first.get(10, TimeUnit.MINUTES);
            run.note("first bulk run: " + r1.counts());
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }

    @Test
    void case2GlanceRestartedGracefullyThenCallsOnPooledConnections() throws Exception {
        only("2");
        Duration timeout = Duration.ofSeconds(10);
        try (CaseRun run = new CaseRun("2", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            run.share("share-1", BulkProgress.NONE);
            run.readersOff(callBound(timeout)); // the pool now holds the readers' idle keep-alive connections
            CountingTransport t = run.workload.ownerTransport;
            String image = run.workload.imageIds().get(0);

            long up = restartGracefully(run);
            long gets = t.attempts("GET");
            Burst reads = Burst.run(size.readers(), i -> run.call("pooled GET", () -> run.workload.glance.images().get(image)));
            run.recovered(Duration.ofNanos(System.nanoTime() - up));
            run.note("after SIGTERM and restart, " + size.readers() + " parallel GETs on pooled connections: "
                    + reads + ", " + (t.attempts("GET") - gets) + " GET attempts sent");
            assertThat(reads.failed()).as("idempotent calls on pooled connections after a restart").isZero();

            restartGracefully(run);
            long posts = t.attempts("POST");
            String prefix = run.workload.runName() + "-post-";
            Burst creates = Burst.run(size.readers(), i -> run.call("pooled POST", () -> run.workload.glance.images()
                    .create(ImageCreate.builder().name(prefix + i).diskFormat("raw").containerFormat("bare").build())));
            run.note("after SIGTERM and restart, " + size.readers() + " parallel image creates (POST) on pooled"
                    + " connections: " + creates + ", " + (t.attempts("POST") - posts) + " POST attempts sent");
            try (EndState.Reader clean = new EndState.Reader(credentials)) {
                var named = clean.named(prefix);
                run.note("images Glance holds per create: " + named.values().stream()
                        .collect(Collectors.groupingBy(n -> n, Collectors.counting())));
                assertThat(named.values()).as("no create applied twice").allMatch(n -> n == 1);
                assertThat(named).as("every create reported done exists").hasSizeGreaterThanOrEqualTo(creates.ok());
            }
            run.readersOn();
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }

    /** @return {@link System#nanoTime()} when Glance answered again */
    private static long restartGracefully(CaseRun run) {
        services.signal(GLANCE, "TERM");
        services.waitGone(GLANCE);
        Duration restart = services.restart();
        run.note(String.format("SIGTERM to Glance; real-openstack.sh up took %.1f s", restart.toMillis() / 1000.0));
        return System.nanoTime();
    }

    @Test
    void case3GlanceStalledLongerThanTheReadTimeoutThenResumed() throws Exception {
        only("3");
        Duration timeout = Duration.ofSeconds(3);
        Duration bound = callBound(timeout);
        Duration stall = timeout.multipliedBy(4);
        try (CaseRun run = new CaseRun("3", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            CountDownLatch third = new CountDownLatch(1);
            CompletableFuture<BulkResult> first = shareInBackground(run, third);
            assertThat(third.await(5, TimeUnit.MINUTES)).isTrue();
            services.signal(GLANCE, "STOP");
            try {
                Thread.sleep(stall.toMillis());
            } finally {
                services.signal(GLANCE, "CONT");
            }
            long resumed = System.nanoTime();
            run.note(String.format("SIGSTOP to Glance for %d s (response timeout %d s, bound per read %.1f s)",
                    stall.toSeconds(), timeout.toSeconds(), bound.toMillis() / 1000.0));
            run.recovered(Duration.ofNanos(run.recover(resumed) - resumed));
            BulkResult r1 = first.get(10, TimeUnit.MINUTES);
            run.note("first bulk run: " + r1.counts());
            Report r = converge(run, bound.plusSeconds(2));
            assertThat(r.longestRead()).as("longest read").isLessThanOrEqualTo(bound.plusSeconds(2));
        }
    }

    @Test
    void case7ConnectionRefusedThenBack() throws Exception {
        only("7");
        Duration timeout = Duration.ofSeconds(10);
        try (CaseRun run = new CaseRun("7", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            CountingTransport t = run.workload.ownerTransport;
            services.signal(GLANCE, "TERM");
            services.waitGone(GLANCE);
            long down = System.nanoTime();
            String image = run.workload.imageIds().get(0);
            TransportException get = expectRefused(run, "GET while down", () -> run.workload.glance.images().get(image));
            long posts = t.attempts("POST");
            String name = run.workload.runName() + "-while-down";
            TransportException post = expectRefused(run, "POST while down", () -> run.workload.glance.images()
                    .create(ImageCreate.builder().name(name).diskFormat("raw").containerFormat("bare").build()));
            run.note("GET: " + get.getMessage());
            run.note("POST: " + post.getMessage() + " (" + (t.attempts("POST") - posts)
                    + " connection attempts, none connected)");
            BulkResult during = run.share("share-down", BulkProgress.NONE);
            run.note("bulk share while down: " + during.counts());
            assertThat(during.count(Outcome.ADDED)).isZero();
            restartAndRecover(run, down);
            try (EndState.Reader clean = new EndState.Reader(credentials)) {
                assertThat(clean.named(name)).as("the refused create was never applied").isEmpty();
            }
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }

    private static TransportException expectRefused(CaseRun run, String label, Runnable call) {
        try {
            run.call(label, () -> {
                call.run();
                return null;
            });
        } catch (TransportException e) {
            assertThat(e.kind()).as(label).isEqualTo(TransportException.Kind.CONNECT);
            assertThat(e.getMessage()).as(label).contains("127.0.0.1:9292");
            return e;
        }
        throw new AssertionError(label + " succeeded while Glance was down");
    }
}
