package dev.glanceshare.conformance.reliability;

import static dev.glanceshare.conformance.reliability.RealServices.Service.KEYSTONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.image.bulk.BulkProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cases 4, 5 and 6 against the real services: Keystone stopped while the token is valid, Keystone slow
 * during a renewal at 64 threads, and the client's clock ahead of and behind Keystone's;
 * {@link RealFaultCases} says how to run them.
 */
@Tag("real-faults")
@EnabledIfSystemProperty(named = "glanceshare.faults", matches = ".+")
@TestMethodOrder(MethodOrderer.MethodName.class)
class KeystoneFaultsTest extends RealFaultCases {

    /** Counts that grew between two snapshots of {@link Failures#counts()}. */
    static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new TreeMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d > 0) {
                out.put(k, d);
            }
        });
        return out;
    }

    /** Lets the readers run for a while and says how they fared. */
    static String window(CaseRun run, Duration length) throws InterruptedException {
        long reads = run.reads();
        long ok = run.readsOk();
        long auth = run.workload.ownerTransport.authRequests.sum();
        Map<String, Long> failed = run.failures.counts();
        Thread.sleep(length.toMillis());
        return String.format("%d s: %d reads, %d ok, failures %s, %d auth requests", length.toSeconds(),
                run.reads() - reads, run.readsOk() - ok, grown(failed, run.failures.counts()),
                run.workload.ownerTransport.authRequests.sum() - auth);
    }

    /**
     * Runs {@link SkewedProcess} in a JVM of its own under Debian's {@code faketime} (monotonic clocks left
     * alone, so that timeouts and sleeps keep real time).
     *
     * @return its {@code RESULT} line
     */
    static String underFaketime(String spec, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("faketime", "-f", spec,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglanceshare.real.credentials=" + credentials.file(), "-cp", System.getProperty("java.class.path"),
                SkewedProcess.class.getName(), String.valueOf(seconds)).redirectErrorStream(true);
        pb.environment().put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(seconds + 120L, TimeUnit.SECONDS)).as("the faketime process ended").isTrue();
        assertThat(p.exitValue()).as("faketime process:%n%s", out).isZero();
        return out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new AssertionError("no RESULT line:\n" + out)).substring("RESULT ".length());
    }

    @Test
    void case4KeystoneStoppedWhileTheTokenIsValid() throws Exception {
        only("4");
        Duration timeout = Duration.ofSeconds(10);
        try (CaseRun run = new CaseRun("4", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            run.share("share-1", BulkProgress.NONE);
            run.acceptAll("accept-1");
            run.note("Glance's token cache " + (credentials.glanceTokenCacheOff() ? "off (token_cache_time = -1)"
                    : "on (keystonemiddleware's default, 300 s)") + "; before the fault, " + window(run,
                    Duration.ofSeconds(5)));
            services.signal(KEYSTONE, "TERM");
            services.waitGone(KEYSTONE);
            run.note("Keystone stopped (SIGTERM); Glance calls with the valid token, " + window(run,
                    Duration.ofSeconds(20)));

            CountingTransport t = run.workload.ownerTransport;
            AuthToken stale = run.workload.owner.token();
            for (int round = 1; round <= 2; round++) {
                long auth = t.authRequests.sum();
                Burst reauth = Burst.run(16, i -> run.call("re-authenticate",
                        () -> run.workload.owner.reauthenticate(stale)));
                run.note("16 threads re-authenticate at once (round " + round + "): " + reauth + "; "
                        + (t.authRequests.sum() - auth) + " token requests tried; " + reauth.sample());
                assertThat(reauth.ok()).isZero();
                assertThat(reauth.failures()).containsOnlyKeys("TransportException CONNECT");
                assertThat(reauth.sample()).contains("127.0.0.1:5000/v3/auth/tokens");
            }
            run.note("still down, " + window(run, Duration.ofSeconds(5)));
            services.restart();
            long up = System.nanoTime();
            long auth = t.authRequests.sum();
            while (true) {
                try {
                    run.call("re-authenticate after", () -> run.workload.owner.reauthenticate(stale));
                    break;
                } catch (OpenStackException e) {
                    Thread.sleep(100);
                }
            }
            run.recovered(Duration.ofNanos(System.nanoTime() - up));
            run.note(String.format("Keystone back: re-authenticated %.2f s after it answered, %d token requests",
                    (System.nanoTime() - up) / 1e9, t.authRequests.sum() - auth));
            run.note("after, " + window(run, Duration.ofSeconds(5)));
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }

    @Test
    void case5KeystoneSlowDuringRenewalAt64Threads() throws Exception {
        only("5");
        Duration timeout = Duration.ofSeconds(10);
        ShiftingClock clock = new ShiftingClock();
        Workload.Size wide = new Workload.Size(size.images(), size.projects(), 64);
        try (DelayingProxy proxy = new DelayingProxy();
                CaseRun run = new CaseRun("5", credentials, cast, wide, options(timeout),
                        b -> b.clock(clock).authUrl(proxy.authUrl()))) {
            run.share("share-1", BulkProgress.NONE);
            run.note("64 readers, " + window(run, Duration.ofSeconds(5)));
            int step = 0;
            for (Duration delay : List.of(Duration.ofSeconds(5), Duration.ofSeconds(15))) {
                proxy.delay(delay);
                clock.shift(Duration.ofMinutes(61).multipliedBy(++step)); // the session's token has expired
                run.note("token expired on the session's clock; Keystone answers " + delay.toSeconds()
                        + " s late (response timeout " + timeout.toSeconds() + " s): " + window(run,
                        Duration.ofSeconds(30)));
            }
            proxy.delay(Duration.ZERO);
            long fast = System.nanoTime();
            run.recovered(Duration.ofNanos(run.recover(fast) - fast));
            run.note("Keystone prompt again: " + window(run, Duration.ofSeconds(5)) + "; proxy connections "
                    + proxy.connections());
            converge(run, callBound(timeout).plusSeconds(20));
        }
    }

    @Test
    void case6ClientClockAheadThenBehindKeystone() throws Exception {
        only("6");
        Duration timeout = Duration.ofSeconds(10);
        ShiftingClock clock = new ShiftingClock();
        try (CaseRun run = new CaseRun("6", credentials, cast, size, options(timeout), clock)) {
            run.share("share-1", BulkProgress.NONE);
            long speed = 120;
            for (Duration skew : List.of(Duration.ofMinutes(10), Duration.ofMinutes(-10))) {
                clock.shift(skew);
                // a token obtained on the skewed clock, as a process that started with it would have
                run.workload.owner.reauthenticate(run.workload.owner.token());
                long auth = run.workload.ownerTransport.authRequests.sum();
                long unauthorized = run.workload.ownerTransport.unauthorized.sum();
                clock.speed(speed);
                String w = window(run, Duration.ofSeconds(60));
                clock.speed(1);
                long tokens = run.workload.ownerTransport.authRequests.sum() - auth;
                run.note(String.format("clock %+d min, %d× real time for 60 s = 2 simulated hours: %s; %d token"
                        + " requests (%.1f per simulated hour), %d 401s", skew.toMinutes(), speed, w, tokens,
                        tokens / 2.0, run.workload.ownerTransport.unauthorized.sum() - unauthorized));
                assertThat(tokens).as("renewals in 2 simulated hours of 1-hour tokens").isBetween(1L, 4L);
                clock.shift(Duration.ZERO);
            }
            for (String skew : List.of("+10m", "-10m")) {
                String result = underFaketime(skew + " x120", 60);
                run.note("a whole client process under faketime -f '" + skew + " x120' for 60 s (2 simulated hours,"
                        + " 4 reader threads): " + result);
                long tokens = Long.parseLong(result.replaceAll(".*tokenRequests=(\\d+).*", "$1"));
                assertThat(tokens).as("token requests in 2 simulated hours").isBetween(1L, 4L);
                assertThat(result).contains("untyped=0");
            }
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }
}
