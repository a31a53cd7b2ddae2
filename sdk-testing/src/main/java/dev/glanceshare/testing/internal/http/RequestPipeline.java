package dev.glanceshare.testing.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.RequestClass;
import dev.glanceshare.testing.Service;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to every request on one listener: bounded body read, fault injection, artificial latency,
 * the service handler, writing the response and journaling. Thread-safe.
 */
public final class RequestPipeline implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    private final Service service;
    private final ServiceHandler handler;
    private final FaultBoard faults;
    private final JournalLog journal;
    private final Map<RequestClass, Duration> latency;
    private final FakeClock clock;
    private final long maxBodyBytes;
    private final UnaryOperator<String> relativePath;

    /**
     * Creates the pipeline of one listener.
     *
     * @param service which listener
     * @param handler the service's handler
     * @param faults armed faults, shared by both listeners
     * @param journal the journal, shared by both listeners
     * @param latency added latency per request class; read on every request, so it may change at runtime
     * @param clock the fake clock, for journal timestamps
     * @param maxBodyBytes the largest body accepted; larger ones get the service's 413
     * @param relativePath maps a raw path to the path relative to the service root, for fault matching
     */
    public RequestPipeline(Service service, ServiceHandler handler, FaultBoard faults, JournalLog journal,
            Map<RequestClass, Duration> latency, FakeClock clock, long maxBodyBytes,
            UnaryOperator<String> relativePath) {
        this.service = service;
        this.handler = handler;
        this.faults = faults;
        this.journal = journal;
        this.latency = latency;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.relativePath = relativePath;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            serve(exchange);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the fake is closing
        } catch (RuntimeException e) {
            LOG.warn("fake OpenStack failed to answer a request", e);
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException, InterruptedException {
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String method = exchange.getRequestMethod();
        byte[] body = readBounded(exchange);
        boolean tooLarge = body == null;
        HttpRequest request = new HttpRequest(service, method, rawPath, rawQuery, exchange.getRequestHeaders(),
                tooLarge ? new byte[0] : body, clock.now());

        Optional<Fault> fault = faults.take(service, method, relativePath.apply(rawPath));
        Fault.Action action = fault.map(Fault::action).orElse(null);
        if (action == Fault.Action.DROP) {
            record(request, 0);
            return; // closing the exchange without headers closes the connection
        }
        if (action == Fault.Action.DELAY) {
            Thread.sleep(fault.get().duration().toMillis());
        }
        Duration extra = latency.get(handler.classify(request));
        if (extra != null && !extra.isZero()) {
            Thread.sleep(extra.toMillis());
        }

        HttpResponse response;
        if (tooLarge) {
            response = handler.tooLarge(request).header("Connection", "close");
        } else if (action == Fault.Action.RESPOND) {
            response = injected(request, fault.get());
        } else {
            response = answer(request);
        }
        if (action == Fault.Action.STALL) {
            record(request, response.status());
            stall(exchange, response, fault.get().duration());
            return;
        }
        record(request, response.status()); // before sending, so a client that got its answer finds the entry
        send(exchange, request, response);
    }

    private HttpResponse answer(HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            // A bug in the fake must show, not hide behind a plausible status: tests assert "never 5xx".
            LOG.error("fake OpenStack bug while handling {} {}", request.method(), request.rawPath(), e);
            return HttpResponse.status(500).header("Content-Type", "text/plain; charset=UTF-8")
                    .body("fake OpenStack internal error: " + e);
        }
    }

    private HttpResponse injected(HttpRequest request, Fault fault) {
        HttpResponse response;
        if (fault.body().isPresent()) {
            response = HttpResponse.status(fault.status()).body(fault.body().get());
        } else {
            response = handler.error(request, fault.status());
        }
        fault.headers().forEach(response::header);
        return response;
    }

    // Null when the body is larger than allowed (the rest is left unread).
    /** Up to this much of a refused body is read and dropped before the 413, so the close is clean. */
    private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    /**
     * Reads and drops a refused body (up to {@link #DRAIN_LIMIT}). Closing a socket with unread data in it
     * makes the kernel send a reset, and a client still sending then loses the 413 it was answered with.
     */
    private static void drain(HttpExchange exchange, long length) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            long left = Math.min(length, DRAIN_LIMIT);
            byte[] buffer = new byte[16 * 1024];
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        }
    }

    private byte[] readBounded(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.trim());
                if (length > maxBodyBytes) {
                    drain(exchange, length);
                    return null;
                }
            } catch (NumberFormatException e) {
                // the JDK server has already refused a bad Content-Length; read what comes
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            return bytes.length > maxBodyBytes ? null : bytes;
        }
    }

    private static void send(HttpExchange exchange, HttpRequest request, HttpResponse response)
            throws IOException {
        response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        byte[] body = "HEAD".equals(request.method()) ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void stall(HttpExchange exchange, HttpResponse response, Duration stall)
            throws IOException, InterruptedException {
        response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        byte[] body = response.body();
        int declared = Math.max(body.length, 2); // promise at least one byte more than is ever sent
        exchange.sendResponseHeaders(response.status() == 204 ? 200 : response.status(), declared);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, Math.min(body.length, declared / 2));
        out.flush();
        Thread.sleep(stall.toMillis());
        // exchange.close() in handle() finds the body short and closes the connection
    }

    private void record(HttpRequest request, int status) {
        journal.add(new RecordedRequest(service, request.method(), request.rawPath(), request.rawQuery(),
                request.headers(), status, request.receivedAt(), request.body()));
    }
}
