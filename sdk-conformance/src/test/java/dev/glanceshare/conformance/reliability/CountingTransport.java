package dev.glanceshare.conformance.reliability;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The workload's one pooled transport, counting on the client side what went out: auth requests
 * ({@code POST …/auth/tokens}), the 401s that came back, and every attempt per method (a POST counted
 * twice was sent twice).
 */
final class CountingTransport implements HttpTransport {
    private final ApacheHttpTransport pool;
    final LongAdder authRequests = new LongAdder();
    final LongAdder unauthorized = new LongAdder();
    private final Map<String, LongAdder> attempts = new ConcurrentHashMap<>();

    CountingTransport(TransportOptions options) {
        this.pool = ApacheHttpTransport.create(options);
    }

    /** @return connections leased from the pool now */
    int leased() {
        return pool.leasedConnections();
    }

    /** @return attempts sent (or tried) with this method so far */
    long attempts(String method) {
        LongAdder a = attempts.get(method);
        return a == null ? 0 : a.sum();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        attempts.computeIfAbsent(request.method(), m -> new LongAdder()).increment();
        if (request.method().equals("POST") && request.uri().getPath().endsWith("/auth/tokens")) {
            authRequests.increment();
        }
        HttpResponse response = pool.send(request);
        if (response.status() == 401) {
            unauthorized.increment();
        }
        return response;
    }

    @Override
    public void close() {
        pool.close();
    }
}
