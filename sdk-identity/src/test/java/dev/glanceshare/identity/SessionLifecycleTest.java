package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionLifecycleTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private int ping(HttpTransport transport) {
        wm.stubFor(get(urlEqualTo("/ping")).willReturn(aResponse().withStatus(204)));
        try (HttpResponse r = transport.send(HttpRequest.builder("GET", URI.create(wm.baseUrl() + "/ping")).build())) {
            return r.status();
        }
    }

    @Test
    void aTransportPassedInStaysOpenAfterTheSessionCloses() {
        try (ApacheHttpTransport transport = ApacheHttpTransport.create()) {
            KeystoneSession session = Keystone.session(wm).transport(transport).build();
            assertThat(session.transport()).isSameAs(transport);
            session.close();
            assertThat(ping(transport)).isEqualTo(204);
        }
    }

    @Test
    void aTransportTheSessionCreatedIsClosedWithIt() {
        KeystoneSession session = Keystone.session(wm).build();
        HttpTransport own = session.transport();
        assertThat(ping(own)).isEqualTo(204);
        session.close();
        session.close(); // twice is harmless
        assertThatThrownBy(() -> ping(own)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aClosedSessionRefusesToAuthenticate() {
        KeystoneSession session = Keystone.session(wm).build();
        session.close();
        assertThatThrownBy(session::token).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
