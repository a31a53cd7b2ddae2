package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StandardPipelineTest {
    @RegisterExtension
    static WireMockExtension wire = Wire.server();

    private static List<Class<?>> classes(HttpPipeline pipeline) {
        return pipeline.interceptors().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void ordersOwnThenRequestIdThenRetryThenAuthThenLogging() {
        Interceptor own = chain -> chain.proceed(chain.request());

        HttpPipeline pipeline = StandardPipeline.builder(new ScriptedTransport())
                .session(new FakeSession("tok"))
                .requestIds(RequestIdInterceptor.randomIds())
                .addInterceptor(own)
                .build();

        assertThat(pipeline.interceptors().get(0)).isSameAs(own);
        assertThat(classes(pipeline).subList(1, 5)).containsExactly(RequestIdInterceptor.class,
                RetryInterceptor.class, AuthInterceptor.class, LoggingInterceptor.class);
    }

    @Test
    void withoutSessionIdsOrRetriesOnlyLoggingRemains() {
        HttpPipeline pipeline = StandardPipeline.builder(new ScriptedTransport())
                .retryPolicy(RetryPolicy.none()).service("Glance").build();

        assertThat(classes(pipeline)).containsExactly(LoggingInterceptor.class);
        assertThat(((LoggingInterceptor) pipeline.interceptors().get(0)).loggerName())
                .isEqualTo("dev.glanceshare.http.Glance");
    }

    @Test
    void everyAttemptIsLoggedAndCarriesTheSameRequestIdAndTheCurrentToken() {
        wire.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("auth"));
        wire.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("auth")
                .willReturn(aResponse().withStatus(401)).willSetStateTo("up"));
        wire.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        FakeSession session = new FakeSession("tok-old", "tok-new");
        List<String> seenByOwn = new CopyOnWriteArrayList<>();

        String log;
        try (ApacheHttpTransport transport = Wire.transport(); LogCapture capture = LogCapture.start()) {
            HttpPipeline pipeline = StandardPipeline.builder(transport)
                    .service("Glance").session(session)
                    .requestIds(() -> "req-11111111-2222-3333-4444-555555555555")
                    .retrySleeper(d -> { })
                    .addInterceptor(chain -> {
                        seenByOwn.add(chain.request().method());
                        return chain.proceed(chain.request());
                    })
                    .build();
            try (HttpResponse response = pipeline.send(Wire.request("GET", URI.create(wire.baseUrl() + "/v2/images")))) {
                assertThat(response.status()).isEqualTo(200);
            }
            log = capture.text();
        }

        List<LoggedRequest> requests = wire.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(3).allSatisfy(r -> assertThat(r.getHeader("X-Openstack-Request-Id"))
                .isEqualTo("req-11111111-2222-3333-4444-555555555555"));
        assertThat(requests).extracting(r -> r.getHeader("X-Auth-Token")).containsExactly("tok-old", "tok-old", "tok-new");
        assertThat(seenByOwn).containsExactly("GET");
        assertThat(log.lines().filter(l -> l.startsWith("DEBUG dev.glanceshare.http.Glance")))
                .extracting(l -> l.replaceAll(".* -> (\\d+) in .*", "$1")).containsExactly("503", "401", "200");
        assertThat(log).doesNotContain("tok-old", "tok-new");
        wire.verify(2, anyRequestedFor(anyUrl()).withHeader("X-Auth-Token", equalTo("tok-old")));
    }
}
