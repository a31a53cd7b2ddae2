package dev.glanceshare.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.Service;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exact meters and tags of a sharing flow on the fake: the owner shares, the consumer accepts, the owner
 * removes; with a 403 (a member may not add members), a 404 (a stranger cannot see the image), a 503 retried and
 * a 429 retried after its Retry-After.
 */
class SharingFlowMetricsTest {
    private final FakeOpenStack fake = FakeOpenStack.builder().start();
    private final DemoSeed demo = fake.seed().demo();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApacheHttpTransport transport = ApacheHttpTransport.create(
            TransportOptions.builder().observer(MicrometerObserver.of(meters)).build());

    @AfterEach
    void stop() {
        transport.close();
        fake.close();
    }

    private KeystoneSession session(String user) {
        return KeystoneSession.builder().authUrl(fake.identityUrl()).transport(transport)
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN)).build();
    }

    @Test
    void shareAcceptRemoveWithA403A404ARetried503AndA429() {
        String image = demo.imageId();
        try (KeystoneSession admin = session("admin"); KeystoneSession member = session("demo");
                KeystoneSession stranger = session("alt");
                GlanceClient owner = GlanceClient.builder().session(admin).build();
                GlanceClient consumer = GlanceClient.builder().session(member).build();
                GlanceClient other = GlanceClient.builder().session(stranger).build()) {
            owner.images().members(image).add(demo.demoProjectId());
            consumer.images().members(image).accept();
            // 403: a member may not add members (the SDK then reads the image to explain the refusal)
            assertThatThrownBy(() -> consumer.images().members(image).add(demo.altProjectId()))
                    .isInstanceOf(ForbiddenException.class);
            // 404: the image is not visible to a stranger
            assertThatThrownBy(() -> other.images().members(image).list()).isInstanceOf(NotFoundException.class);
            fake.inject(Fault.on(Service.IMAGE, "GET", "/v2/images/*/members").respond(503));
            assertThat(owner.images().members(image).list()).hasSize(1);
            fake.inject(Fault.on(Service.IMAGE, "DELETE", "/v2/images/*/members/*").respond(429).withRetryAfter("1"));
            owner.images().members(image).remove(demo.demoProjectId());
        }

        assertThat(meterIds()).containsExactly(
                "glanceshare.exchange error=none,method=DELETE,operation=image.members.remove,outcome=CLIENT_ERROR,service=image,status=429",
                "glanceshare.exchange error=none,method=DELETE,operation=image.members.remove,outcome=SUCCESS,service=image,status=204",
                "glanceshare.exchange error=none,method=GET,operation=image.get,outcome=SUCCESS,service=image,status=200",
                "glanceshare.exchange error=none,method=GET,operation=image.members.list,outcome=CLIENT_ERROR,service=image,status=404",
                "glanceshare.exchange error=none,method=GET,operation=image.members.list,outcome=SERVER_ERROR,service=image,status=503",
                "glanceshare.exchange error=none,method=GET,operation=image.members.list,outcome=SUCCESS,service=image,status=200",
                "glanceshare.exchange error=none,method=POST,operation=identity.tokens.issue,outcome=SUCCESS,service=identity,status=201",
                "glanceshare.exchange error=none,method=POST,operation=image.members.add,outcome=CLIENT_ERROR,service=image,status=403",
                "glanceshare.exchange error=none,method=POST,operation=image.members.add,outcome=SUCCESS,service=image,status=200",
                "glanceshare.exchange error=none,method=PUT,operation=image.members.update,outcome=SUCCESS,service=image,status=200",
                "glanceshare.exchange.active method=DELETE,operation=image.members.remove,service=image",
                "glanceshare.exchange.active method=GET,operation=image.get,service=image",
                "glanceshare.exchange.active method=GET,operation=image.members.list,service=image",
                "glanceshare.exchange.active method=POST,operation=identity.tokens.issue,service=identity",
                "glanceshare.exchange.active method=POST,operation=image.members.add,service=image",
                "glanceshare.exchange.active method=PUT,operation=image.members.update,service=image",
                "glanceshare.operation error=ForbiddenException,method=POST,operation=image.members.add,outcome=CLIENT_ERROR,service=image,status=403",
                "glanceshare.operation error=NotFoundException,method=GET,operation=image.members.list,outcome=CLIENT_ERROR,service=image,status=404",
                "glanceshare.operation error=none,method=DELETE,operation=image.members.remove,outcome=SUCCESS,service=image,status=204",
                // the 403 is explained by reading the image: a shared image, so Glance's refusal stands
                "glanceshare.operation error=none,method=GET,operation=image.get,outcome=SUCCESS,service=image,status=200",
                // the retried 503 ends as one successful operation; its 503 shows only as an exchange and a retry
                "glanceshare.operation error=none,method=GET,operation=image.members.list,outcome=SUCCESS,service=image,status=200",
                "glanceshare.operation error=none,method=POST,operation=identity.tokens.issue,outcome=SUCCESS,service=identity,status=201",
                "glanceshare.operation error=none,method=POST,operation=image.members.add,outcome=SUCCESS,service=image,status=200",
                "glanceshare.operation error=none,method=PUT,operation=image.members.update,outcome=SUCCESS,service=image,status=200",
                "glanceshare.operation.active method=DELETE,operation=image.members.remove,service=image",
                "glanceshare.operation.active method=GET,operation=image.get,service=image",
                "glanceshare.operation.active method=GET,operation=image.members.list,service=image",
                "glanceshare.operation.active method=POST,operation=identity.tokens.issue,service=identity",
                "glanceshare.operation.active method=POST,operation=image.members.add,service=image",
                "glanceshare.operation.active method=PUT,operation=image.members.update,service=image",
                "glanceshare.pool.connections state=available",
                "glanceshare.pool.connections state=leased",
                "glanceshare.pool.connections state=pending",
                "glanceshare.pool.max",
                "glanceshare.retries operation=image.members.list,service=image",
                "glanceshare.retries operation=image.members.remove,service=image",
                "glanceshare.retry.after operation=image.members.remove,service=image",
                "glanceshare.tokens event=issued,service=identity");

        assertThat(timer("glanceshare.operation", "image.members.add", "200").count()).isEqualTo(1);
        assertThat(timer("glanceshare.operation", "identity.tokens.issue", "201").count()).isEqualTo(3);
        assertThat(timer("glanceshare.exchange", "image.members.list", "503").count()).isEqualTo(1);
        assertThat(timer("glanceshare.exchange", "image.members.remove", "429").count()).isEqualTo(1);
        assertThat(meters.get("glanceshare.retries").tag("operation", "image.members.list").counter().count()).isEqualTo(1);
        assertThat(meters.get("glanceshare.retries").tag("operation", "image.members.remove").counter().count()).isEqualTo(1);
        Timer waited = meters.get("glanceshare.retry.after").timer();
        assertThat(waited.count()).isEqualTo(1);
        assertThat(waited.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1000);
        assertThat(meters.get("glanceshare.tokens").tag("event", "issued").counter().count()).isEqualTo(3);
        assertThat(meters.get("glanceshare.pool.max").gauge().value()).isEqualTo(64);
        assertThat(meters.get("glanceshare.pool.connections").tag("state", "leased").gauge().value())
                .as("every response was closed").isZero();
        assertThat(meters.get("glanceshare.pool.connections").tag("state", "available").gauge().value()).isPositive();
        transport.close();
        assertThat(meters.get("glanceshare.pool.max").gauge().value()).as("a closed transport counts no more").isZero();
    }

    private Timer timer(String name, String operation, String status) {
        return meters.get(name).tag("operation", operation).tag("status", status).timer();
    }

    /** @return each meter as "name tag=value,..." in the order Micrometer keeps tags (sorted by key), sorted */
    private List<String> meterIds() {
        return meters.getMeters().stream().map(Meter::getId)
                .map(id -> id.getName() + (id.getTags().isEmpty() ? "" : " " + id.getTags().stream()
                        .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(","))))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }
}
