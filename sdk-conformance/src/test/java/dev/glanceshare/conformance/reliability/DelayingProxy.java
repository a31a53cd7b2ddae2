package dev.glanceshare.conformance.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy in front of the real Keystone (127.0.0.1:5000 only) that holds every chunk the
 * client sends for a configurable delay before passing it on: a slow Keystone on the wire, while Keystone
 * itself and Glance's own path to it stay as they are.
 */
final class DelayingProxy implements AutoCloseable {
    private static final InetSocketAddress KEYSTONE = new InetSocketAddress(InetAddress.getLoopbackAddress(), 5000);

    private final ServerSocket server;
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicLong connections = new AtomicLong();
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean closed;

    DelayingProxy() throws IOException {
        server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "keystone-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /** @return the proxy's address in place of Keystone's, with Keystone's path ({@code /v3}) */
    URI authUrl() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v3");
    }

    void delay(Duration value) {
        delay.set(value);
    }

    /** @return connections accepted so far */
    long connections() {
        return connections.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket upstream = new Socket();
                upstream.connect(KEYSTONE, 5000);
                synchronized (open) {
                    open.add(client);
                    open.add(upstream);
                }
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean delayed) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    Duration d = delay.get();
                    if (delayed && !d.isZero()) {
                        Thread.sleep(d.toMillis());
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // either side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "keystone-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        synchronized (open) {
            open.forEach(DelayingProxy::closeQuietly);
        }
    }
}
