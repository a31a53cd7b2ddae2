package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

/** WireMock and transport set-up shared by the wire tests. */
final class Wire {
    private Wire() {}

    /** @return a WireMock server on a free port with one acceptor (the machine is small) */
    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().jettyAcceptors(1))
                .build();
    }

    /** @return a transport whose timeouts keep a broken test from hanging */
    static ApacheHttpTransport transport() {
        return transport(Duration.ofSeconds(5));
    }

    /** @param responseTimeout the response timeout @return a transport */
    static ApacheHttpTransport transport(Duration responseTimeout) {
        return ApacheHttpTransport.create(TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .responseTimeout(responseTimeout)
                .connectionRequestTimeout(Duration.ofSeconds(2))
                .build());
    }

    /** @return an http URI on 127.0.0.1 where nothing listens */
    static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param method method @param uri uri @return a request without body */
    static HttpRequest request(String method, URI uri) {
        return HttpRequest.builder(method, uri).build();
    }
}
