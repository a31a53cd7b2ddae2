package dev.glanceshare.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against WireMock's HTTPS port. Its bundled certificate is self-signed for {@code CN=Tom Akehurst}, with
 * no name that {@code localhost} could match; a second server uses a self-signed certificate for
 * {@code localhost}, made with the JDK's keytool, to show that a trusted CA file or trust store is
 * enough when the name matches.
 */
class TlsTest {
    private static final String KEYSTORE_PASSWORD = "changeit";

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().jettyAcceptors(1))
            .build();

    @RegisterExtension
    static WireMockExtension localhost = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().jettyAcceptors(1)
                    .keystorePath(localhostKeystore().toString()).keystoreType("PKCS12")
                    .keystorePassword(KEYSTORE_PASSWORD).keyManagerPassword(KEYSTORE_PASSWORD))
            .build();

    @TempDir
    Path dir;

    private static URI images(WireMockExtension server) {
        return URI.create("https://localhost:" + server.getHttpsPort() + "/v2/images");
    }

    private URI images() {
        return images(wire);
    }

    @BeforeEach
    void stub() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        localhost.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    /** A PKCS12 key store holding a fresh self-signed key pair for localhost and 127.0.0.1. */
    private static Path localhostKeystore() {
        try {
            Path dir = Files.createTempDirectory("glanceshare-tls");
            dir.toFile().deleteOnExit();
            Path store = dir.resolve("localhost.p12");
            store.toFile().deleteOnExit();
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TransportOptions.Builder options() {
        return TransportOptions.builder().connectTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(5));
    }

    private int statusWith(TransportOptions options) {
        return statusWith(options, images());
    }

    private static int statusWith(TransportOptions options, URI uri) {
        try (ApacheHttpTransport transport = ApacheHttpTransport.create(options);
                HttpResponse response = transport.send(Wire.request("GET", uri))) {
            return response.status();
        }
    }

    private Path pemOf(WireMockExtension server) throws Exception {
        Path pem = dir.resolve("ca-" + server.getHttpsPort() + ".pem");
        StringBuilder text = new StringBuilder();
        for (Certificate cert : serverChain(server)) {
            text.append("-----BEGIN CERTIFICATE-----\n")
                    .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return Files.writeString(pem, text);
    }

    @Test
    void selfSignedCertificateIsRefusedByDefaultWithAHintHowToTrustIt() {
        assertThatThrownBy(() -> statusWith(options().build()))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS))
                .hasMessageContaining("caCertificate")
                .hasMessageContaining("trustStore");
        wire.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void insecureOptInAcceptsItAndWarns() {
        String log;
        int status;
        try (LogCapture capture = LogCapture.start()) {
            status = statusWith(options().insecure(true).build());
            log = capture.text();
        }

        assertThat(status).isEqualTo(200);
        assertThat(log).contains("WARN dev.glanceshare.core.http.ApacheHttpTransport - TLS certificate and host name"
                + " verification is OFF");
    }

    @Test
    void configuredCaCertificateIsTrusted() throws Exception {
        TransportOptions options = options().caCertificate(pemOf(localhost)).build();

        assertThat(statusWith(options, images(localhost))).isEqualTo(200);
    }

    @Test
    void configuredTrustStoreIsTrusted() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("glance", serverChain(localhost)[0]);
        Path file = dir.resolve("trust.p12");
        char[] password = "store-pw".toCharArray();
        try (var out = Files.newOutputStream(file)) {
            store.store(out, password);
        }

        assertThat(statusWith(options().trustStore(file, password, "PKCS12").build(), images(localhost))).isEqualTo(200);
    }

    @Test
    void trustedCertificateForAnotherHostNameIsStillRefused() throws Exception {
        // WireMock's own certificate, now trusted, names "Tom Akehurst", not localhost
        TransportOptions options = options().caCertificate(pemOf(wire)).build();

        assertThatThrownBy(() -> statusWith(options))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS))
                .hasMessageContaining("localhost");
    }

    @Test
    void caFileWithoutCertificatesIsAConfigurationError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");

        assertThatThrownBy(() -> ApacheHttpTransport.create(options().caCertificate(empty).build()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(empty.toString());
    }

    @Test
    void insecureTogetherWithACertificateIsRefused() {
        assertThatThrownBy(() -> options().insecure(true).caCertificate(dir.resolve("ca.pem")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The server's certificate chain, read with a handshake that trusts anything (test only). */
    private static X509Certificate[] serverChain(WireMockExtension server) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("localhost", server.getHttpsPort())) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            X509Certificate[] x509 = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                x509[i] = (X509Certificate) chain[i];
            }
            return x509;
        }
    }
}
