package dev.glanceshare.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.glanceshare.core.exception.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS through the session, the way users configure it (OS_CACERT, OS_INSECURE): Keystone on a local HTTPS
 * server with a self-signed certificate for localhost. sdk-core's TlsTest covers the transport itself
 * (trust store, wrong host name, option checks); this shows the settings reach the transport a session
 * builds for itself, and that a refusal reaches the caller with a message that says what to do.
 */
class TlsSessionTest {
    private static final String STORE_PASSWORD = "changeit";
    private static final Path KEYSTORE = localhostKeystore();

    @RegisterExtension
    static WireMockExtension https = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort().jettyAcceptors(1)
                    .keystorePath(KEYSTORE.toString()).keystoreType("PKCS12")
                    .keystorePassword(STORE_PASSWORD).keyManagerPassword(STORE_PASSWORD))
            .build();

    @TempDir
    Path dir;

    @BeforeEach
    void stub() {
        String base = "https://localhost:" + https.getHttpsPort();
        https.stubFor(post(urlPathEqualTo("/v3/auth/tokens")).willReturn(Keystone.issued(Keystone.TOKEN,
                Keystone.projectTokenBody(base, base + "/image"))));
    }

    private Map<String, String> openrc(String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("OS_AUTH_URL", "https://localhost:" + https.getHttpsPort() + "/v3",
                "OS_USERNAME", "demo", "OS_USER_DOMAIN_NAME", "Default", "OS_PASSWORD", Keystone.PASSWORD,
                "OS_PROJECT_NAME", "demo", "OS_PROJECT_DOMAIN_NAME", "Default"));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    private static TokenInfo authenticate(Map<String, String> env) {
        try (KeystoneSession session = CloudConfig.fromEnvironment(env).toSessionBuilder().build()) {
            return session.authenticate();
        }
    }

    @Test
    void aSelfSignedKeystoneIsRefusedByDefaultWithTheFixInTheMessage() {
        assertThatThrownBy(() -> authenticate(openrc()))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportException.Kind.TLS))
                .hasMessageContaining("POST https://localhost:" + https.getHttpsPort() + "/v3/auth/tokens")
                .hasMessageContaining("caCertificate")
                .hasMessageNotContaining(Keystone.PASSWORD);
        https.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void osCacertNamingTheCertificateIsEnough() throws Exception {
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, pem(certificate()));

        assertThat(authenticate(openrc("OS_CACERT", pem.toString())).token().value()).isEqualTo(Keystone.TOKEN);
    }

    @Test
    void osInsecureConnectsAndWarnsInTheLog() throws Exception {
        assertThat(authenticate(openrc("OS_INSECURE", "true")).token().value()).isEqualTo(Keystone.TOKEN);

        // simplelogger.properties sends every log of this module's tests to this file
        String log = Files.readString(Path.of("target", "sdk-identity-test.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARN dev.glanceshare.core.http.ApacheHttpTransport - TLS certificate and host name "
                + "verification is OFF for this transport (insecure opt-in)");
    }

    private static Certificate certificate() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(KEYSTORE)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store.getCertificate("localhost");
    }

    private static String pem(Certificate cert) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    /** A PKCS12 key store holding a fresh self-signed key pair for localhost, made with the JDK's keytool. */
    private static Path localhostKeystore() {
        try {
            Path tmp = Files.createTempDirectory("glanceshare-identity-tls");
            tmp.toFile().deleteOnExit();
            Path store = tmp.resolve("localhost.p12");
            store.toFile().deleteOnExit();
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
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
}
