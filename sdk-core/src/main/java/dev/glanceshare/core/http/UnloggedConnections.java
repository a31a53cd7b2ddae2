package dev.glanceshare.core.http;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * HttpClient's connections without HttpClient's own header and wire logs. Those two loggers
 * ({@code org.apache.hc.client5.http.headers} and {@code org.apache.hc.client5.http.wire}) print every
 * header and every body byte as sent, {@code X-Auth-Token}, {@code X-Subject-Token} and Keystone passwords
 * included, for anyone who turns DEBUG on for everything. The SDK's own log
 * ({@link LoggingInterceptor}, {@code dev.glanceshare.http.*}) shows the same exchanges at TRACE with every
 * secret redacted. HttpClient's other loggers (pool, routes, connection life) hold no secrets and stay.
 */
final class UnloggedConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {
    static final UnloggedConnections INSTANCE = new UnloggedConnections();

    private static final AtomicLong COUNTER = new AtomicLong();

    private UnloggedConnections() {}

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        Connection connection = new Connection("http-outgoing-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    /** HttpClient's connection with the header log hooks emptied and no logging socket wrapper. */
    private static final class Connection extends DefaultManagedHttpClientConnection {
        Connection(String id) {
            super(id);
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            // no header log
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            // no header log
        }
    }
}
