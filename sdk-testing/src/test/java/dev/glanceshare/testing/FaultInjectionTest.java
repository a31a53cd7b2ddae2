package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends GlanceFixture {

    @Test
    void respondFaultFiresForTheNextNMatchingRequestsWithRetryAfter() {
        fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images").times(2).respond(503).withRetryAfter("2"));
        assertThat(fake.pendingFaults()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            Wire.Reply r = get(alt, "/images");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.header("Retry-After")).contains("2");
            assertThat(r.json().get("code").asText()).isEqualTo("503 Service Unavailable");
        }
        assertThat(get(alt, "/images").status()).isEqualTo(200);
        assertThat(fake.pendingFaults()).isZero();
    }

    @Test
    void faultsMatchServiceMethodAndPathGlob() {
        fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/*/members").respond(500).withBody("boom"));
        String id = create(alt, "{}");
        assertThat(get(alt, "/images/" + id + "/members").status()).isEqualTo(200);
        Wire.Reply r = post(alt, "/images/" + id + "/members", "{\"member\": \"x\"}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).isEqualTo("boom");
        assertThat(fake.members(id)).isEmpty();
    }

    @Test
    void identityFaultsUseKeystonesErrorShape() {
        fake.inject(Fault.on(Service.IDENTITY, "*", "/v3/auth/**").respond(429));
        Wire.Reply r = Wire.request("POST", fake.identityUrl() + "/auth/tokens")
                .jsonBody(KeystoneTest.passwordAuth("demo", "demo-secret", null)).send();
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.json().at("/error/code").asInt()).isEqualTo(429);
    }

    @Test
    void delayFaultSlowsTheRequestThenAnswersNormally() {
        fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images").delay(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThat(get(alt, "/images").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void dropFaultClosesTheConnectionWithoutAResponse() {
        fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/**").dropConnection());
        assertThatThrownBy(() -> post(alt, "/images", "{}")).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(fake.images()).hasSize(1); // only the seeded image: the dropped create was never handled
        assertThat(fake.journal().requests(Service.IMAGE)).last().extracting(RecordedRequest::status).isEqualTo(0);
        assertThat(get(alt, "/images").status()).isEqualTo(200);
    }

    @Test
    void droppedGetIsRetriedOnceByTheJdkClientSoTwoDropsAreNeeded() {
        fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images").times(2).dropConnection());
        assertThatThrownBy(() -> get(alt, "/images")).isInstanceOf(UncheckedIOException.class);
        assertThat(fake.journal().requests(Service.IMAGE)).extracting(RecordedRequest::status).containsExactly(0, 0);
    }

    @Test
    void stallFaultSendsHalfTheBodyThenHangsAndCloses() {
        fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images").stallMidBody(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> get(alt, "/images")).isInstanceOf(UncheckedIOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void latencyIsAddedPerRequestClass() {
        fake.setLatency(RequestClass.MEMBER, Duration.ofMillis(150));
        String id = create(alt, "{}");
        long start = System.nanoTime();
        assertThat(get(alt, "/images/" + id + "/members").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        fake.setLatency(RequestClass.MEMBER, Duration.ZERO);
    }

    @Test
    void clearFaultsDisarmsEverything() {
        fake.inject(Fault.on(Service.IMAGE, "*", "/**").times(5).respond(500));
        fake.clearFaults();
        assertThat(get(alt, "/images").status()).isEqualTo(200);
    }

    @Test
    void journalRecordsBothServicesAndClears() {
        fake.journal().clear();
        Wire.request("POST", fake.identityUrl() + "/auth/tokens?nocatalog")
                .jsonBody(KeystoneTest.passwordAuth("demo", "demo-secret", null)).send();
        post(alt, "/images?x=1", "{\"name\": \"j\"}");
        assertThat(fake.journal().requests()).extracting(RecordedRequest::service)
                .containsExactly(Service.IDENTITY, Service.IMAGE);
        RecordedRequest create = fake.journal().requests(Service.IMAGE).get(0);
        assertThat(create.line()).isEqualTo("POST /v2/images?x=1");
        assertThat(create.rawQuery()).isEqualTo("x=1");
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.bodyText()).isEqualTo("{\"name\": \"j\"}");
        assertThat(create.header("x-auth-token")).contains(alt);
        assertThat(create.receivedAt()).isEqualTo(clock.now());
        assertThat(fake.journal().requests(Service.IDENTITY).get(0).status()).isEqualTo(201);
        fake.journal().clear();
        assertThat(fake.journal().size()).isZero();
    }
}
