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
 * What the fault cases share: the real services of {@code conformance/real-openstack.sh}, the {@link Cast},
 * the sizes, and the checks every case ends with (issue 18; docs/RELIABILITY.md, "Against the real
 * services"). The cases run only when asked: {@code -Preal-faults} with {@code -Dglanceshare.faults=all} or
 * a list such as {@code 1,2,3,7}. Sizes: {@code -Dglanceshare.faults.images}, {@code .projects} (20 each),
 * {@code .readers} (16).
 */
@Tag("real-faults")
@EnabledIfSystemProperty(named = "glanceshare.faults", matches = ".+")
@TestMethodOrder(MethodOrderer.MethodName.class)
abstract class RealFaultCases {
    static RealCredentials credentials;
    static RealServices services;
    static Cast cast;
    static Workload.Size size;

    @BeforeAll
    static void cast() throws Exception {
        credentials = RealCredentials.load().orElseThrow(() -> new IllegalStateException(
                "no " + RealCredentials.location() + ": run conformance/real-openstack.sh up first"));
        services = new RealServices(credentials);
        size = new Workload.Size(Integer.getInteger("glanceshare.faults.images", 20),
                Integer.getInteger("glanceshare.faults.projects", 20),
                Integer.getInteger("glanceshare.faults.readers", 16));
        try {
            cast = Cast.ensure(credentials, size.projects());
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("the real Keystone does not answer (" + credentials.get("REAL_AUTH_URL")
                    + "): run conformance/real-openstack.sh up first", e);
        }
        try (EndState.Reader clean = new EndState.Reader(credentials)) {
            int left = clean.deleteNamed(CaseRun.IMAGE_PREFIX);
            if (left > 0) {
                System.out.println("deleted " + left + " images an earlier run left behind");
            }
        }
    }

    @AfterAll
    static void servicesBackUp() {
        if (services != null && services.faulted()) {
            services.restart(); // whatever a failed case left down; a no-op start when both run
        }
    }

    static void only(String id) {
        String wanted = System.getProperty("glanceshare.faults", "");
        Set<String> ids = Arrays.stream(wanted.split(",")).map(String::strip).collect(Collectors.toSet());
        Assumptions.assumeTrue(ids.contains("all") || ids.contains(id), "case " + id + " not asked for");
    }

    static TransportOptions options(Duration responseTimeout) {
        return TransportOptions.builder().connectTimeout(Duration.ofSeconds(2)).responseTimeout(responseTimeout)
                .build();
    }

    /** The longest an idempotent call may take with the default retry policy: every attempt times out. */
    static Duration callBound(Duration responseTimeout) {
        RetryPolicy p = RetryPolicy.defaults();
        Duration bound = responseTimeout.multipliedBy(p.maxAttempts());
        for (int retry = 1; retry < p.maxAttempts(); retry++) {
            bound = bound.plus(p.backoff(retry, 0.999));
        }
        return bound;
    }

    /** What every case must end with. */
    static void assertClean(Report r) {
        assertThat(r.untyped()).as("untyped failures: %s", r.untypedSamples()).isZero();
        assertThat(r.end().duplicates()).as("duplicate members").isZero();
        assertThat(r.end().missing()).as("missing members").isZero();
        assertThat(r.end().unexpected()).as("unexpected members").isZero();
        assertThat(r.end().notAccepted()).as("members not accepted").isZero();
        assertThat(r.end().duplicateImages()).as("images created twice").isZero();
        assertThat(r.leasedAfter()).as("leased connections after").isZero();
        assertThat(r.hungThreads()).as("hung reader threads").isZero();
    }

    /** Shares in the background and releases the latch when a third of the pairs are done. */
    static CompletableFuture<BulkResult> shareInBackground(CaseRun run, CountDownLatch third) {
        BulkProgress progress = (done, total) -> {
            if (done >= total / 3) {
                third.countDown();
            }
        };
        return CompletableFuture.supplyAsync(() -> run.share("share-1", progress));
    }

    /** Re-run, accept, finish: a converged end state. */
    static Report converge(CaseRun run, Duration readBound) throws Exception {
        BulkResult again = run.share("share-2", BulkProgress.NONE);
        run.note("re-run: " + again.counts());
        assertThat(again.count(Outcome.FAILED)).as("the re-run: %s", again.failures()).isZero();
        run.acceptAll("accept");
        run.note("accepted from the member side");
        Report r = run.finish(true, readBound);
        assertClean(r);
        return r;
    }

    /**
     * Restarts whatever is down, in the background, while the workload's client keeps being called: the
     * recovery is the time from Glance answering again to the first success on that same client.
     */
    static void restartAndRecover(CaseRun run, long faultStart) throws Exception {
        CompletableFuture<Duration> restart = services.restartInBackground();
        long answering = services.awaitGlanceAnswering(Duration.ofMinutes(4));
        long recovered = run.recover(faultStart);
        Duration took = restart.get(5, TimeUnit.MINUTES);
        run.recovered(Duration.ofNanos(Math.max(0, recovered - answering)));
        run.note(String.format("Glance answered again %.1f s after the fault; the client's first success %.2f s"
                        + " after that; real-openstack.sh up took %.1f s (seeding included)",
                (answering - faultStart) / 1e9, Math.max(0, recovered - answering) / 1e9, took.toMillis() / 1000.0));
    }

}
