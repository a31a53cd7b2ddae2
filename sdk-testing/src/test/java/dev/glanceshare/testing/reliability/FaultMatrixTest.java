package dev.glanceshare.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.exception.TransportException.Kind;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.RetryPolicy;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.MemberSnapshot;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Every fault the fake can inject, against every kind of sharing call the SDK makes, through the real
 * session and client: each must end in a typed exception or a correct retry, never a hang or a wrong
 * result; a POST is never resent once it may have reached Glance; and the fake's state afterwards must
 * match the outcome (a refused add added nothing, a retried one added exactly one member). The table of
 * outcomes is printed for docs/RELIABILITY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTest {
    /** The client gives up on a silent server after this long; stalls last longer. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STALL = Duration.ofSeconds(3);
    private static final int MAX_JSON = 64 * 1024;

    private FakeOpenStack fake;
    private DemoSeed demo;
    private KeystoneSession session;
    private GlanceClient glance;

    @BeforeAll
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        session = KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName("demo").userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password("demo")).build())
                .scope(Scope.projectName("demo", DemoSeed.DOMAIN))
                .transportOptions(TransportOptions.builder().responseTimeout(RESPONSE_TIMEOUT)
                        .connectTimeout(Duration.ofSeconds(2)).build())
                .build();
        // Short backoffs keep the matrix quick; the policy's delays themselves are sdk-core's RetryInterceptorTest's.
        glance = GlanceClient.builder().session(session).maxJsonBytes(MAX_JSON)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(100)).build())
                .build();
        session.authenticate();
    }

    @AfterAll
    void stop() {
        glance.close();
        session.close();
        fake.close();
    }

    /** A sharing call on fresh state, with the request it makes and a check of the state it leaves. */
    private interface Op {
        String name();

        String method();

        boolean idempotent();

        /** Prepares fresh state and returns the call; {@link #path()} and {@link #applied()} then refer to it. */
        Runnable prepare();

        String path();

        /** @return whether the fake's state shows the call's effect; null for a read, which has none */
        Boolean applied();
    }

    private String sharedImage() {
        return fake.seed().image("m-" + ThreadLocalRandom.current().nextInt()).owner(demo.demoProjectId()).create();
    }

    private static String randomProject() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }

    private long count(String image, String member) {
        return fake.members(image).stream().filter(m -> m.memberId().equals(member)).count();
    }

    private abstract class BaseOp implements Op {
        String image;
        String project;

        @Override
        public String path() {
            return "/v2/images/" + image;
        }
    }

    private List<Op> ops() {
        return List.of(
                new BaseOp() {
                    public String name() { return "GET image"; }
                    public String method() { return "GET"; }
                    public boolean idempotent() { return true; }
                    public Runnable prepare() {
                        image = sharedImage();
                        return () -> assertThat(glance.images().get(image).id()).isEqualTo(image);
                    }
                    public Boolean applied() { return null; }
                },
                new BaseOp() {
                    public String name() { return "GET members"; }
                    public String method() { return "GET"; }
                    public boolean idempotent() { return true; }
                    public Runnable prepare() {
                        image = sharedImage();
                        project = randomProject();
                        fake.seed().member(image, project, "pending");
                        return () -> assertThat(glance.images().members(image).list()).singleElement()
                                .satisfies(m -> assertThat(m.memberId()).isEqualTo(project));
                    }
                    public String path() { return super.path() + "/members"; }
                    public Boolean applied() { return null; }
                },
                new BaseOp() {
                    public String name() { return "POST member"; }
                    public String method() { return "POST"; }
                    public boolean idempotent() { return false; }
                    public Runnable prepare() {
                        image = sharedImage();
                        project = randomProject();
                        return () -> assertThat(glance.images().members(image).add(project).memberId()).isEqualTo(project);
                    }
                    public String path() { return super.path() + "/members"; }
                    public Boolean applied() { return count(image, project) == 1; }
                },
                new BaseOp() {
                    public String name() { return "PUT accept"; }
                    public String method() { return "PUT"; }
                    public boolean idempotent() { return true; }
                    public Runnable prepare() {
                        image = fake.seed().image("theirs").owner(demo.altProjectId())
                                .member(demo.demoProjectId(), "pending").create();
                        return () -> assertThat(glance.images().members(image).accept().status())
                                .isEqualTo(MemberStatus.ACCEPTED);
                    }
                    public String path() { return super.path() + "/members/" + demo.demoProjectId(); }
                    public Boolean applied() {
                        return fake.members(image).stream().map(MemberSnapshot::status).toList().equals(List.of("accepted"));
                    }
                },
                new BaseOp() {
                    public String name() { return "DELETE member"; }
                    public String method() { return "DELETE"; }
                    public boolean idempotent() { return true; }
                    public Runnable prepare() {
                        image = sharedImage();
                        project = randomProject();
                        fake.seed().member(image, project, "pending");
                        return () -> glance.images().members(image).remove(project);
                    }
                    public String path() { return super.path() + "/members/" + project; }
                    public Boolean applied() { return count(image, project) == 0; }
                });
    }

    /** What a fault does, and what the SDK must make of it for idempotent calls and for the POST. */
    private record Row(String fault, Function<Fault.Target, Fault> arm, int times, Expect idempotent, Expect post,
            boolean bodyFault, Expect delete) {
        Row(String fault, Function<Fault.Target, Fault> arm, int times, Expect idempotent, Expect post,
                boolean bodyFault) {
            this(fault, arm, times, idempotent, post, bodyFault, null);
        }

        Expect expect(Op op) {
            if (!op.idempotent()) {
                return post;
            }
            return op.method().equals("DELETE") && delete != null ? delete : idempotent;
        }
    }

    /** An expected outcome: the exception (or none), how many requests Glance sees, and whether the call took effect. */
    private record Expect(String what, Predicate<Throwable> outcome, int requests, Boolean applied) {}

    private static Expect success(int requests) {
        return new Expect("success", t -> t == null, requests, true);
    }

    private static Expect transport(int requests, Boolean applied, Kind... kinds) {
        return new Expect("TransportException " + List.of(kinds), t -> t instanceof TransportException e
                && List.of(kinds).contains(e.kind()), requests, applied);
    }

    private static Expect api(int status, int requests) {
        return new Expect(status + " " + (status >= 500 ? "ServerErrorException" : "RateLimitedException"),
                t -> t instanceof ApiException e && e.status() == status, requests, false);
    }

    private static Expect apiWithRetryAfter(int status, Duration retryAfter) {
        return new Expect(status + " ServerErrorException, retryAfter " + retryAfter.toSeconds() + " s",
                t -> t instanceof ServerErrorException e && e.status() == status
                        && e.error().retryAfter().equals(java.util.Optional.of(retryAfter)), 1, false);
    }

    private static Fault body(Fault.Target t, String contentType, String body) {
        return t.respond(200).withHeader("Content-Type", contentType).withBody(body);
    }

    private List<Row> rows() {
        Expect decode = transport(1, false, Kind.DECODE);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("connection closed after the request, no response", Fault.Target::dropConnection, 1,
                success(2), transport(1, false, Kind.IO), false));
        // The stall comes after Glance has handled the request. DELETE reads no body: its 2xx is the answer.
        rows.add(new Row("response stalls mid-body past the timeout", t -> t.stallMidBody(STALL), 1,
                success(2), transport(1, true, Kind.TIMEOUT, Kind.IO), false, success(1)));
        for (int status : new int[] {502, 503, 504, 429}) {
            rows.add(new Row(status + " without Retry-After", t -> t.respond(status), 1, success(2),
                    api(status, 1), false));
        }
        rows.add(new Row("503 with Retry-After: 1", t -> t.respond(503).withRetryAfter("1"), 1, success(2),
                api(503, 1), false));
        rows.add(new Row("429 with Retry-After: 1", t -> t.respond(429).withRetryAfter("1"), 1, success(2),
                api(429, 1), false));
        rows.add(new Row("503 with Retry-After: 120 (over the 60 s policy)", t -> t.respond(503).withRetryAfter("120"),
                1, apiWithRetryAfter(503, Duration.ofSeconds(120)), apiWithRetryAfter(503, Duration.ofSeconds(120)),
                false));
        rows.add(new Row("500 (not retried)", t -> t.respond(500), 1, api(500, 1), api(500, 1), false));
        rows.add(new Row("503 three times (retries exhausted)", t -> t.respond(503), 3, api(503, 3), api(503, 1),
                false));
        rows.add(new Row("connection closed three times", Fault.Target::dropConnection, 3,
                transport(3, false, Kind.IO), transport(1, false, Kind.IO), false));
        rows.add(new Row("200 with truncated JSON", t -> body(t, "application/json", "{\"id\": \"9faa"), 1, decode,
                decode, true));
        rows.add(new Row("200 with malformed JSON", t -> body(t, "application/json", "{\"id\": 'x', }"), 1, decode,
                decode, true));
        rows.add(new Row("200 with an HTML page (wrong content type)",
                t -> body(t, "text/html", "<html><body>Proxy login</body></html>"), 1, decode, decode, true));
        rows.add(new Row("200 with JSON of the wrong shape", t -> body(t, "application/json", "{\"images\": 5}"), 1,
                decode, decode, true));
        rows.add(new Row("200 with an empty body", t -> body(t, "application/json", ""), 1, decode, decode, true));
        rows.add(new Row("200 with a 1 MiB body (limit 64 KiB)",
                t -> body(t, "application/json", "{\"x\": \"" + "a".repeat(1 << 20) + "\"}"), 1, decode, decode, true));
        rows.add(new Row("500 with a 4 MiB error page", t -> t.respond(500).withHeader("Content-Type", "text/html")
                .withBody("<html>" + "x".repeat(4 << 20) + "</html>"), 1, api(500, 1), api(500, 1), false));
        return rows;
    }

    @Test
    @Timeout(300)
    void everyFaultEndsInATypedErrorOrACorrectRetryAndNoPostIsResent() throws Exception {
        List<String> table = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        int cases = 0;
        for (Row row : rows()) {
            for (Op op : ops()) {
                if (row.bodyFault() && op.method().equals("DELETE")) {
                    continue; // DELETE reads no body: any 2xx is its success
                }
                if (row.fault().contains("Retry-After: 1") && op.idempotent() && !op.name().equals("GET image")) {
                    continue; // each waits a real second: one read and the POST show it
                }
                Expect expect = row.expect(op);
                Runnable call = op.prepare();
                fake.clearFaults();
                fake.journal().clear();
                fake.inject(row.arm().apply(Fault.on(Service.IMAGE, op.method(), op.path()).times(row.times())));
                Throwable thrown = runBounded(call);
                fake.clearFaults();
                long requests = fake.journal().requests(Service.IMAGE).stream()
                        .filter(r -> r.method().equals(op.method()) && r.rawPath().equals(op.path())).count();
                Boolean applied = op.applied();
                cases++;
                String outcome = thrown == null ? "success" : describe(thrown);
                table.add(String.format("| %s | %s | %s | %d | %s |", row.fault(), op.name(), outcome, requests,
                        applied == null ? "(read)" : applied ? "yes" : "no"));
                if (!expect.outcome().test(thrown) || requests != expect.requests()
                        || applied != null && !applied.equals(expect.applied())) {
                    violations.add(row.fault() + " / " + op.name() + ": expected " + expect.what() + " after "
                            + expect.requests() + " request(s), applied " + expect.applied() + "; got " + outcome
                            + " after " + requests + ", applied " + applied);
                }
            }
        }
        System.out.println("FaultMatrixTest: " + cases + " fault/call cases, " + violations.size() + " violations");
        System.out.println("| fault | call | outcome | requests Glance saw | took effect |");
        System.out.println("|---|---|---|---|---|");
        table.forEach(System.out::println);
        assertThat(violations).isEmpty();
        assertThat(((ApacheHttpTransport) session.transport()).leasedConnections()).as("leased connections").isZero();
    }

    /** Runs the call on another thread so that a hang fails the case instead of the build. */
    private static Throwable runBounded(Runnable call) throws InterruptedException {
        CompletableFuture<Void> f = CompletableFuture.runAsync(call);
        try {
            f.get(30, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            return new AssertionError("hung for 30 s");
        }
    }

    private static String describe(Throwable t) {
        if (t instanceof TransportException e) {
            return "TransportException " + e.kind();
        }
        if (t instanceof ApiException e) {
            return t.getClass().getSimpleName() + " " + e.status()
                    + e.error().retryAfter().map(d -> " retryAfter=" + d.toSeconds() + "s").orElse("");
        }
        return t.toString();
    }

    /** @return the POSTs Glance received for an image's members */
    List<RecordedRequest> posts(String image) {
        return fake.journal().requests(Service.IMAGE).stream()
                .filter(r -> r.method().equals("POST") && r.rawPath().equals("/v2/images/" + image + "/members"))
                .toList();
    }
}
