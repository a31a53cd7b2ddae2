package dev.glanceshare.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestIdInterceptorTest {
    private static final URI IMAGES = URI.create("http://glance:9292/v2/images");

    private static ScriptedTransport sendWith(RequestIdInterceptor interceptor, HttpRequest request) {
        ScriptedTransport transport = new ScriptedTransport().answer(200);
        HttpPipeline.of(transport, List.of(interceptor)).send(request).close();
        return transport;
    }

    @Test
    void callerIdGoesOutAsXOpenstackRequestId() {
        ScriptedTransport sent = sendWith(new RequestIdInterceptor(() -> "req-mine"), Wire.request("GET", IMAGES));

        assertThat(sent.sent().get(0).headers().first("x-openstack-request-id")).contains("req-mine");
    }

    @Test
    void idAlreadyOnTheRequestIsKept() {
        HttpRequest request = HttpRequest.builder("GET", IMAGES).header("X-OpenStack-Request-Id", "req-own").build();

        ScriptedTransport sent = sendWith(new RequestIdInterceptor(() -> "req-other"), request);

        assertThat(sent.sent().get(0).headers().all(RequestIdInterceptor.HEADER)).containsExactly("req-own");
    }

    @Test
    void supplierReturningNullSendsNoId() {
        ScriptedTransport sent = sendWith(new RequestIdInterceptor(() -> null), Wire.request("GET", IMAGES));

        assertThat(sent.sent().get(0).headers().contains(RequestIdInterceptor.HEADER)).isFalse();
    }

    @Test
    void idWithLineBreakIsRefusedBeforeAnythingIsSent() {
        ScriptedTransport transport = new ScriptedTransport();
        HttpPipeline pipeline = HttpPipeline.of(transport,
                List.of(new RequestIdInterceptor(() -> "req-1\r\nX-Auth-Token: forged")));

        assertThatThrownBy(() -> pipeline.send(Wire.request("GET", IMAGES)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void blankOrOverlongIdsAreRefused() {
        assertThatThrownBy(() -> RequestIdInterceptor.validate(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestIdInterceptor.validate("r".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestIdInterceptor.validate("req-\u0000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestIdInterceptor.validate("req-ok")).isEqualTo("req-ok");
    }

    @Test
    void randomIdsHaveTheFormOpenStackKeepsAsGlobalRequestId() {
        // oslo.middleware keeps an inbound id only when it matches this pattern
        String pattern = "^req-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$";

        assertThat(RequestIdInterceptor.randomIds().get()).matches(pattern);
        assertThat(RequestIdInterceptor.randomIds().get()).isNotEqualTo(RequestIdInterceptor.randomIds().get());
    }
}
