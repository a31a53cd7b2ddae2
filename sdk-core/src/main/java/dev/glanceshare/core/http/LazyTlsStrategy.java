package dev.glanceshare.core.http;

import java.io.IOException;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Builds the TLS strategy on the first https connection. Setting up the JDK's default trust reads and
 * parses its whole CA store and loads a few hundred classes: a short-lived process that talks plain http
 * should not pay for it, and one that talks https pays at its first connection instead of at start.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {
    private final Supplier<TlsSocketStrategy> factory;
    private volatile TlsSocketStrategy strategy;

    LazyTlsStrategy(Supplier<TlsSocketStrategy> factory) {
        this.factory = factory;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return get().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy get() {
        TlsSocketStrategy s = strategy;
        if (s == null) {
            synchronized (this) {
                s = strategy;
                if (s == null) {
                    s = factory.get();
                    strategy = s;
                }
            }
        }
        return s;
    }
}
