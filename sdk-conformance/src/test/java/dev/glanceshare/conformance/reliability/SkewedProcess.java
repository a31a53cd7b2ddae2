package dev.glanceshare.conformance.reliability;

import dev.glanceshare.conformance.RealCredentials;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.ImageListOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 6's second half: a whole client process whose system clock is off, started by the test under
 * Debian's {@code faketime} (libfaketime). It reads the owner's images with 4 threads on one session and
 * client for the given real seconds, using the session's default clock (the faked system clock), and
 * prints one {@code RESULT} line: token requests, 401s, reads, failures by kind.
 */
final class SkewedProcess {
    private SkewedProcess() {}

    /**
     * @param args the number of real seconds to run
     */
    public static void main(String[] args) throws Exception {
        RealCredentials credentials = RealCredentials.load().orElseThrow();
        long seconds = Long.parseLong(args[0]);
        Failures failures = new Failures();
        Instant started = Instant.now();
        try (CountingTransport transport = new CountingTransport(TransportOptions.builder()
                        .responseTimeout(Duration.ofSeconds(30)).build());
                KeystoneSession session = KeystoneSession.builder()
                        .authUrl(credentials.get("REAL_AUTH_URL"))
                        .credentials(Credentials.password().userName(credentials.get("REAL_DEMO_USERNAME"))
                                .userDomainName("Default").password(credentials.get("REAL_DEMO_PASSWORD")).build())
                        .scope(Scope.projectId(credentials.get("REAL_DEMO_PROJECT_ID")))
                        .transport(transport)
                        .build();
                GlanceClient glance = GlanceClient.builder().session(session).build()) {
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long[] reads = new long[4];
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < reads.length; i++) {
                int n = i;
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            glance.images().list(ImageListOptions.builder()
                                    .owner(credentials.get("REAL_DEMO_PROJECT_ID")).build()).pages().next();
                            reads[n]++;
                        } catch (RuntimeException e) {
                            failures.record("read", e);
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            long ok = 0;
            for (long r : reads) {
                ok += r;
            }
            System.out.printf("RESULT simulated=%ds tokenRequests=%d unauthorized=%d readsOk=%d failures=%s untyped=%d%n",
                    Duration.between(started, Instant.now()).toSeconds(), transport.authRequests.sum(),
                    transport.unauthorized.sum(), ok, failures.counts(), failures.untyped());
        }
    }
}
