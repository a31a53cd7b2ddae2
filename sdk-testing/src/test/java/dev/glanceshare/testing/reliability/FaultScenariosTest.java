package dev.glanceshare.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ServerErrorException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.exception.TransportException.Kind;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.MemberSnapshot;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault scenarios that need more than one call: a member add that timed out and is retried by the
 * caller, Keystone failing while the session authenticates, and connections that are refused or reset.
 */
@Timeout(60)
class FaultScenariosTest {
    private static final String PROJECT = "4f0e1a2b3c4d5e6f708192a3b4c5d6e7";

    private FakeOpenStack fake;
    private DemoSeed demo;
    private KeystoneSession session;
    private GlanceClient glance;

    @BeforeEach
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        session = session(fake, Duration.ofSeconds(1));
        glance = GlanceClient.builder().session(session).build();
    }

    @AfterEach
    void stop() {
        glance.close();
        int leased = ((ApacheHttpTransport) session.transport()).leasedConnections();
        session.close();
        fake.close();
        assertThat(leased).as("connections leased after the test").isZero();
    }

    static KeystoneSession session(FakeOpenStack fake, Duration responseTimeout) {
        return KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName("demo").userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password("demo")).build())
                .scope(Scope.projectName("demo", DemoSeed.DOMAIN))
                .transportOptions(TransportOptions.builder().responseTimeout(responseTimeout)
                        .connectTimeout(Duration.ofSeconds(2)).build())
                .build();
    }

    private String image() {
        return fake.seed().image("target").owner(demo.demoProjectId()).create();
    }

    private List<RecordedRequest> posts(String image) {
        return fake.journal().requests(Service.IMAGE).stream()
                .filter(r -> r.method().equals("POST") && r.rawPath().equals("/v2/images/" + image + "/members"))
                .toList();
    }

    @Test
    void anAddWhoseAnswerWasLostIsRetriedWithIgnoreExistingWithoutADuplicateOrAConflict() {
        String image = image();
        // Glance adds the member, then the answer stalls past the client's timeout.
        fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").stallMidBody(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> glance.images().members(image).add(PROJECT))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isIn(Kind.TIMEOUT, Kind.IO));
        assertThat(posts(image)).as("the SDK did not resend the POST").hasSize(1);

        Member member = glance.images().members(image).add(PROJECT, MemberAddOptions.strict().ignoreExisting());

        assertThat(member.memberId()).isEqualTo(PROJECT);
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING);
        assertThat(fake.members(image)).extracting(MemberSnapshot::memberId).containsExactly(PROJECT);
        assertThat(posts(image)).extracting(RecordedRequest::status).containsExactly(200, 409);
    }

    @Test
    void aBulkAddThatTimedOutIsNotResentBecauseGlanceMayStillBeAddingIt() throws Exception {
        String image = fake.seed().image("bulk-target").owner(demo.demoProjectId()).visibility("shared").create();
        // Glance holds the add past the client's timeout, then does it. Real Glance, stalled this way, ran the
        // late original and a resend at once and listed the member twice (issue 18, case 3); the fake would
        // answer the resend 409, so what it shows is the resend itself.
        fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").delay(Duration.ofSeconds(3)));

        BulkResult first = glance.bulk().share(image, List.of(PROJECT));

        assertThat(first.items()).singleElement().satisfies(item -> {
            assertThat(item.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(item.error()).get().isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
        });
        for (int i = 0; i < 100 && posts(image).isEmpty(); i++) {
            TimeUnit.MILLISECONDS.sleep(50); // the late original
        }
        assertThat(posts(image)).as("one POST: not resent after the timeout").hasSize(1);

        BulkResult again = glance.bulk().share(image, List.of(PROJECT));

        assertThat(again.items()).extracting(ItemResult::outcome).containsExactly(Outcome.ALREADY_MEMBER);
        assertThat(posts(image)).as("the re-run checked the list and sent nothing").hasSize(1);
        assertThat(fake.members(image)).extracting(MemberSnapshot::memberId).containsExactly(PROJECT);
    }

    @Test
    void anAddThatTimedOutBeforeGlanceHandledItIsRetriedWithoutADuplicateOrAConflict() throws Exception {
        String image = image();
        // The first POST waits 3 s before Glance handles it: the client gives up first, the caller retries,
        // and the late original then arrives second.
        fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/" + image + "/members").delay(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> glance.images().members(image).add(PROJECT))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));

        Member member = glance.images().members(image).add(PROJECT, MemberAddOptions.strict().ignoreExisting());

        assertThat(member.memberId()).isEqualTo(PROJECT);
        for (int i = 0; i < 100 && posts(image).size() < 2; i++) {
            TimeUnit.MILLISECONDS.sleep(50); // the late original
        }
        assertThat(posts(image)).extracting(RecordedRequest::status).containsExactly(200, 409);
        assertThat(fake.members(image)).extracting(MemberSnapshot::memberId).containsExactly(PROJECT);
    }

    @Test
    void keystoneFailingTheTokenRequestIsTypedNotRetriedAndDoesNotPoisonTheSession() {
        String image = image();
        fake.inject(Fault.on(Service.IDENTITY, "POST", "/v3/auth/tokens").respond(503));
        assertThatThrownBy(() -> glance.images().get(image))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.service()).isEqualTo("Keystone");
                    assertThat(e.status()).isEqualTo(503);
                });
        fake.inject(Fault.on(Service.IDENTITY, "POST", "/v3/auth/tokens").dropConnection());
        assertThatThrownBy(() -> glance.images().get(image))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
        fake.inject(Fault.on(Service.IDENTITY, "POST", "/v3/auth/tokens").stallMidBody(Duration.ofSeconds(3)));
        assertThatThrownBy(() -> glance.images().get(image))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isIn(Kind.TIMEOUT, Kind.IO));

        assertThat(fake.journal().requests(Service.IDENTITY)).as("each token POST sent once").hasSize(3);
        assertThat(glance.images().get(image).id()).isEqualTo(image);
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForAPostSinceNothingWasSent() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        try (GlanceClient refused = GlanceClient.builder().session(session).endpointOverride(closed).build()) {
            assertThatThrownBy(() -> refused.images().members(demo.imageId()).add(PROJECT))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.CONNECT);
                        assertThat(e.getSuppressed()).as("two earlier attempts").hasSize(2);
                    });
        }
    }

    @Test
    void aConnectionResetAfterTheRequestWasSentIsRetriedForAGetButNeverForAPost() throws Exception {
        try (ResettingServer server = new ResettingServer();
                GlanceClient reset = GlanceClient.builder().session(session).endpointOverride(server.uri()).build()) {
            assertThatThrownBy(() -> reset.images().members(demo.imageId()).add(PROJECT))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
            assertThat(server.requests()).as("the POST was sent once").isEqualTo(1);

            assertThatThrownBy(() -> reset.images().get(demo.imageId()))
                    .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
            assertThat(server.requests()).as("the GET was sent three times").isEqualTo(4);
        }
    }

    /** Reads each request's head, then resets the connection (SO_LINGER 0): a TCP RST instead of an answer. */
    static final class ResettingServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        private final AtomicInteger requests = new AtomicInteger();
        private final Thread thread = new Thread(this::serve, "resetting-server");

        ResettingServer() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    InputStream in = s.getInputStream();
                    StringBuilder head = new StringBuilder();
                    int b;
                    while (head.indexOf("\r\n\r\n") < 0 && (b = in.read()) >= 0) {
                        head.append((char) b);
                    }
                    requests.incrementAndGet();
                    s.setSoLinger(true, 0);
                } catch (IOException e) {
                    // closed, or the client went away
                }
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        int requests() {
            return requests.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

}
