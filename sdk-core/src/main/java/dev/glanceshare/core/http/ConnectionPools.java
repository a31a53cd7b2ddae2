package dev.glanceshare.core.http;

import dev.glanceshare.core.internal.TlsContexts;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds {@link ApacheHttpTransport}'s connection pool and its TLS. Kept apart from the transport because it
 * uses HttpClient 5.4's TLS API: the JVM verifies a class's methods when it first loads the class, and a
 * transport that named these types would fail to load on an older HttpClient with a linkage error, before its
 * version check could say what is wrong. This class loads only after that check.
 */
final class ConnectionPools {
    private ConnectionPools() {}

    static PoolingHttpClientConnectionManager create(TransportOptions options) {
        // The JDK's own trust is set up at the first https connection; configured TLS now, so a bad CA
        // file or trust store fails here rather than at the first call.
        boolean defaultTls = !options.insecure() && options.caCertificate().isEmpty() && options.trustStore().isEmpty();
        TlsSocketStrategy tls = defaultTls ? new LazyTlsStrategy(() -> tlsStrategy(options)) : tlsStrategy(options);
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setMaxConnTotal(options.maxConnections())
                .setMaxConnPerRoute(options.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(options.connectTimeout()))
                        .setSocketTimeout(timeout(options.responseTimeout()))
                        .build())
                .build();
    }

    private static TlsSocketStrategy tlsStrategy(TransportOptions options) {
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create().setSslContext(TlsContexts.create(options));
        if (options.insecure()) {
            // The default policy also asks the JDK to check the host name during the handshake; a no-op
            // verifier alone would leave that check on and insecure(true) would still refuse the host.
            tls.setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        }
        return tls.buildClassic();
    }

    static Timeout timeout(java.time.Duration d) {
        return Timeout.of(d.toMillis(), TimeUnit.MILLISECONDS);
    }
}
