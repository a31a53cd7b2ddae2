package dev.glanceshare.core.internal;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.http.TransportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** Builds the {@link SSLContext} that {@link TransportOptions} describe. */
public final class TlsContexts {
    private TlsContexts() {}

    /**
     * @param options the transport options
     * @return the context: the JDK's trust, plus a CA file, or a trust store, or (insecure) trust-all
     */
    public static SSLContext create(TransportOptions options) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(options), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(TransportOptions options) throws GeneralSecurityException {
        if (options.insecure()) {
            return new TrustManager[] {new TrustAll()};
        }
        if (options.trustStore().isPresent()) {
            Path path = options.trustStore().get();
            KeyStore store = KeyStore.getInstance(options.trustStoreType());
            try (InputStream in = Files.newInputStream(path)) {
                store.load(in, options.trustStorePassword().orElse(null));
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read trust store " + path + ": " + e.getMessage(), e);
            }
            return factoryFor(store).getTrustManagers();
        }
        if (options.caCertificate().isPresent()) {
            return new TrustManager[] {new CompositeTrustManager(List.of(
                    defaultTrustManager(), (X509TrustManager) factoryFor(caStore(options.caCertificate().get()))
                            .getTrustManagers()[0]))};
        }
        return new TrustManager[] {defaultTrustManager()};
    }

    private static KeyStore caStore(Path pem) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(pem)) {
            store.load(null, null);
            int i = 0;
            Collection<? extends Certificate> certificates;
            try {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            } catch (CertificateException e) {
                throw new ConfigurationException("CA file " + pem + " holds no PEM certificate: " + e.getMessage(), e);
            }
            for (Certificate c : certificates) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new ConfigurationException("CA file " + pem + " holds no PEM certificate");
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read CA file " + pem + ": " + e.getMessage(), e);
        }
        return store;
    }

    private static TrustManagerFactory factoryFor(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        return f;
    }

    private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init((KeyStore) null);
        return (X509TrustManager) f.getTrustManagers()[0];
    }

    /** Trusts a chain when any delegate does: the JDK's CAs plus the user's. */
    private static final class CompositeTrustManager implements X509TrustManager {
        private final List<X509TrustManager> delegates;

        CompositeTrustManager(List<X509TrustManager> delegates) {
            this.delegates = delegates;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            delegates.get(0).checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager d : delegates) {
                try {
                    d.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>();
            delegates.forEach(d -> all.addAll(List.of(d.getAcceptedIssuers())));
            return all.toArray(new X509Certificate[0]);
        }
    }

    /**
     * Accepts every certificate: only behind the explicit {@code insecure(true)} opt-in. It extends
     * {@link X509ExtendedTrustManager} because the JDK wraps a plain {@link X509TrustManager} in one that
     * checks the host name anyway.
     */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
