package dev.glanceshare.testing.internal.http;

import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.RequestClass;
import dev.glanceshare.testing.Service;
import java.io.IOException;
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
public final class RequestPipeline {
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

    /**
     * Answers one request; the listener calls it for every request on a connection, in order.
     *
     * @param exchange the request and its connection
     */
    public void handle(Exchange exchange) {
        try {
            serve(exchange);
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.toString());
            exchange.drop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the fake is closing
            exchange.drop();
        } catch (RuntimeException e) {
            LOG.warn("fake OpenStack failed to answer a request", e);
            exchange.drop();
        }
    }

    private void serve(Exchange exchange) throws IOException, InterruptedException {
        String method = exchange.method();
        byte[] body = exchange.readBody(maxBodyBytes);
        boolean tooLarge = body == null;
        HttpRequest request = new HttpRequest(service, method, exchange.rawPath(), exchange.rawQuery(),
                exchange.headers(), tooLarge ? new byte[0] : body, clock.now());

        Optional<Fault> fault = faults.take(service, method, relativePath.apply(exchange.rawPath()));
        Fault.Action action = fault.map(Fault::action).orElse(null);
        if (action == Fault.Action.DROP) {
            record(request, 0);
            exchange.drop(); // the connection closes without a response
            return;
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
        record(request, response.status()); // before sending, so a client that got its answer finds the entry
        if (action == Fault.Action.STALL) {
            exchange.stall(response.status(), response.headers(), response.body(), fault.get().duration());
            return;
        }
        exchange.respond(response.status(), response.headers(), response.body());
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

    private void record(HttpRequest request, int status) {
        journal.add(new RecordedRequest(service, request.method(), request.rawPath(), request.rawQuery(),
                request.headers(), status, request.receivedAt(), request.body()));
    }
}
