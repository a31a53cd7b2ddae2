package dev.glanceshare.testing.internal.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One loopback HTTP/1.1 listener: bound first (so its port is known), started once its pipeline exists.
 *
 * <p>It keeps connections the way real Glance's eventlet server does: a connection stays open until the
 * client closes it or asks for {@code Connection: close}, which is then answered with
 * {@code Connection: close} before the server closes its side. It never closes an idle keep-alive
 * connection on its own, so a pooling client never sends a request into a connection that is going away.
 * (The JDK's built-in server, used before, closed connections silently after a {@code Connection: close}
 * request, beyond 200 idle ones and after 30 s idle; urllib3 and HttpClient then met resets.)
 */
public final class Listener {
    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);
    private static final int BACKLOG = 1024;

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    private Listener(ServerSocket server) {
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
            // Always IPv4 127.0.0.1, which the URLs name, even when the JVM prefers IPv6 (::1).
            InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            try {
                socket.bind(new InetSocketAddress(loopback, port), BACKLOG);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
            return new Listener(socket);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
    }

    /** @return the bound port */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Starts serving: one accepting thread, and one task of the executor per open connection.
     *
     * @param pipeline handles every request
     * @param executor runs the connections
     */
    public void start(RequestPipeline pipeline, ExecutorService executor) {
        Thread acceptor = new Thread(() -> accept(pipeline, executor), "fake-openstack-accept-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops at once, closing open connections. */
    public void stop() {
        stopped = true;
        closeQuietly(server);
        open.forEach(Listener::closeQuietly);
    }

    private void accept(RequestPipeline pipeline, ExecutorService executor) {
        while (!stopped) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!stopped) {
                    LOG.warn("fake OpenStack stopped accepting on port {}", port(), e);
                }
                return;
            }
            open.add(socket);
            if (stopped) {
                closeQuietly(socket); // stop() may have run between accept and add
            }
            try {
                executor.execute(() -> serve(socket, pipeline));
            } catch (RejectedExecutionException e) {
                forget(socket); // the fake is closing
            }
        }
    }

    private void serve(Socket socket, RequestPipeline pipeline) {
        try {
            // Responses are written in one buffered write; without TCP_NODELAY, Nagle's algorithm and the
            // client's delayed ACK would still add up to 40 ms whenever a response spans two segments.
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            while (!stopped) {
                Exchange exchange;
                try {
                    Optional<RequestHead> head = RequestHead.read(in);
                    if (head.isEmpty()) {
                        break; // the client closed between requests
                    }
                    exchange = new Exchange(socket, out, head.get(), RequestBody.of(in, head.get()));
                } catch (RequestHead.Malformed e) {
                    badRequest(out);
                    closeGracefully(socket);
                    return;
                }
                pipeline.handle(exchange);
                if (exchange.closesConnection() || !exchange.bodyConsumed()) {
                    closeGracefully(socket);
                    return;
                }
            }
        } catch (SocketException e) {
            LOG.trace("connection ended: {}", e.toString());
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } finally {
            forget(socket);
        }
    }

    private static void badRequest(OutputStream out) {
        String body = "Bad Request";
        String response = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        try {
            out.write(response.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            LOG.trace("could not send 400: {}", e.toString());
        }
    }

    /**
     * Closes our side after the response: shuts output down (the client reads the response, then EOF), then
     * reads whatever the client still sends for a moment, since closing a socket with unread input makes
     * the kernel send a reset that can destroy the response before the client has read it.
     */
    private static void closeGracefully(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout(2000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long left = 1024 * 1024;
            int n;
            while (left > 0 && (n = in.read(buffer)) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            LOG.trace("closing: {}", e.toString());
        }
        closeQuietly(socket);
    }

    private void forget(Socket socket) {
        open.remove(socket);
        closeQuietly(socket);
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.trace("close: {}", e.toString());
        }
    }
}
