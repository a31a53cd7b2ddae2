package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.ConnectionPoolView;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.core.observation.TokenEvent;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The observation hook on the fake: token events, the pool, and what a real flow reports. */
class ObservationOnTheFakeTest {
    private final FakeOpenStack fake = FakeOpenStack.builder().start();
    private final DemoSeed demo = fake.seed().demo();
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private final List<TokenEvent> tokens = new CopyOnWriteArrayList<>();
    private final List<ConnectionPoolView> pools = new CopyOnWriteArrayList<>();
    private final SdkObserver observer = new SdkObserver() {
        @Override
        public Scope started(CallStart start) {
            return events::add;
        }

        @Override
        public void token(TokenEvent event) {
            tokens.add(event);
        }

        @Override
        public void poolOpened(ConnectionPoolView pool) {
            pools.add(pool);
        }

        @Override
        public void poolClosed(ConnectionPoolView pool) {
            pools.remove(pool);
        }
    };

    @AfterEach
    void stop() {
        fake.close();
    }

    private KeystoneSession session() {
        return KeystoneSession.builder().authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName("admin").userDomainName("Default")
                        .password(DemoSeed.password("admin")).build())
                .scope(Scope.projectName("admin", "Default"))
                .transportOptions(TransportOptions.builder().observer(observer).build())
                .build();
    }

    @Test
    void tokensAreReportedWhenIssuedAndWhenReplacedAfterA401() {
        try (KeystoneSession session = session(); GlanceClient glance = GlanceClient.builder().session(session).build()) {
            AuthToken first = session.token();
            assertThat(tokens).extracting(TokenEvent::kind).containsExactly(TokenEvent.Kind.ISSUED);
            assertThat(tokens.get(0).lifetime()).hasValueSatisfying(d -> assertThat(d).isPositive()
                    .isLessThanOrEqualTo(Duration.ofHours(1)));

            fake.revokeToken(first.value());
            glance.images().get(demo.imageId());

            assertThat(tokens).extracting(TokenEvent::kind)
                    .containsExactly(TokenEvent.Kind.ISSUED, TokenEvent.Kind.REPLACED_AFTER_401);
            List<CallEvent> get = events.stream().filter(e -> e.operation().equals("image.get")).toList();
            assertThat(get).extracting(CallEvent::kind, CallEvent::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(CallKind.EXCHANGE, 401),
                    org.assertj.core.groups.Tuple.tuple(CallKind.EXCHANGE, 200),
                    org.assertj.core.groups.Tuple.tuple(CallKind.OPERATION, 200));
            assertThat(get.get(2).retries()).as("a resend after a 401 is not a retry").isZero();
            assertThat(events).filteredOn(e -> e.operation().equals("identity.tokens.issue")).hasSize(4);
            // nothing reported names the token or the password
            assertThat(events.toString() + tokens).doesNotContain(first.value(), session.token().value(),
                    DemoSeed.password("admin"), demo.imageId(), demo.adminProjectId());
        }
    }

    @Test
    void aTokenDueForRefreshIsReportedAsRenewed() {
        // The session's own clock decides when its token is due; moving it past the refresh window renews.
        AtomicReference<Instant> now =
                new AtomicReference<>(Instant.now());
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (KeystoneSession session = KeystoneSession.builder().authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName("admin").userDomainName("Default")
                        .password(DemoSeed.password("admin")).build())
                .scope(Scope.projectName("admin", "Default")).clock(clock)
                .transportOptions(TransportOptions.builder().observer(observer).build()).build()) {
            AuthToken first = session.token();
            now.set(now.get().plus(Duration.ofMinutes(58)));
            assertThat(session.token()).isNotEqualTo(first);

            assertThat(tokens).extracting(TokenEvent::kind).containsExactly(TokenEvent.Kind.ISSUED, TokenEvent.Kind.RENEWED);
        }
    }

    @Test
    void thePoolIsReportedWhileTheTransportIsOpen() {
        try (KeystoneSession session = session(); GlanceClient glance = GlanceClient.builder().session(session).build()) {
            assertThat(pools).hasSize(1);
            glance.images().get(demo.imageId());
            assertThat(pools.get(0).state().leased()).as("every response was closed").isZero();
            assertThat(pools.get(0).state().available()).isPositive();
            assertThat(pools.get(0).state().max()).isEqualTo(64);
        }
        assertThat(pools).isEmpty();
    }
}
