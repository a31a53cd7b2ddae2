package dev.glanceshare.testing.internal.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/** One loopback HTTP listener: bound first (so its port is known), started once its pipeline exists. */
public final class Listener {
    static {
        // The JDK server flushes headers and body in separate writes; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add about 40 ms to every response. The JDK reads this property once,
        // when its first server is created, so it is set here unless the application chose otherwise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;

    private Listener(HttpServer server) {
        this.server = server;
    }

    /**
     * Binds a listener on 127.0.0.1 only.
     *
     * @param port the port, or 0 for a random free one
     * @return the bound, not yet started listener
     */
    public static Listener bind(int port) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            return new Listener(HttpServer.create(address, 64));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
    }

    /** @return the bound port */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Starts serving.
     *
     * @param pipeline handles every request
     * @param executor runs the requests
     */
    public void start(RequestPipeline pipeline, ExecutorService executor) {
        server.createContext("/", pipeline);
        server.setExecutor(executor);
        server.start();
    }

    /** Stops at once, closing open connections. */
    public void stop() {
        server.stop(0);
    }
}
