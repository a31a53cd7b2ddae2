package dev.glanceshare.core.trace;

import dev.glanceshare.core.http.HttpTransport;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the HTTP exchanges of a call or a block of calls, redacted, and draws them as a Mermaid
 * sequence diagram or plain text. Opt-in: wrap the transport that the session and clients share.
 *
 * <pre>{@code
 * RequestTrace trace = RequestTrace.create();
 * HttpTransport transport = trace.wrap(ApacheHttpTransport.create());
 * // build the KeystoneSession and GlanceClient on `transport`, then:
 * List<TracedExchange> exchanges = trace.record(() -> glance.images().members(id).add(project));
 * System.out.println(trace.toMermaid());
 * }</pre>
 *
 * <p>Each attempt on the wire is one exchange, so retries and re-authentication show. Thread-safe; a
 * {@link #record} block collects what every thread sent meanwhile through the wrapped transport.
 * Participants are named by URL prefix ({@link #participant}); by default a path containing
 * {@code /v3} is {@code keystone} and anything else {@code glance}.
 */
public final class RequestTrace {
    private final List<TracedExchange> exchanges = new CopyOnWriteArrayList<>();
    private final Map<String, String> participants = new LinkedHashMap<>();
    private final int maxBodyChars;

    private RequestTrace(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    /** @return an empty trace that keeps bodies up to 4,096 characters */
    public static RequestTrace create() {
        return new RequestTrace(4096);
    }

    /**
     * An empty trace that keeps longer bodies, for tools that compare whole responses (a conformance
     * suite, a recorder). Up to {@code 4 * maxBodyChars} bytes of each text response are held in memory
     * while it is recorded.
     *
     * @param maxBodyChars the longest body kept, in characters; longer ones are cut and end in {@code ...}
     * @return an empty trace
     * @throws IllegalArgumentException when {@code maxBodyChars} is not positive
     */
    public static RequestTrace create(int maxBodyChars) {
        if (maxBodyChars < 1 || maxBodyChars > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("maxBodyChars must be 1 to " + Integer.MAX_VALUE / 4 + ", was " + maxBodyChars);
        }
        return new RequestTrace(maxBodyChars);
    }

    /**
     * @param transport the transport to observe; closing the wrapper closes it
     * @return a transport that records every exchange into this trace
     */
    public HttpTransport wrap(HttpTransport transport) {
        return new TracingTransport(Objects.requireNonNull(transport, "transport"), this);
    }

    /**
     * Names the participant for URLs that start with a prefix; the longest matching prefix wins.
     *
     * @param urlPrefix such as {@code http://127.0.0.1:9292}
     * @param name such as {@code glance}
     * @return this trace
     */
    public synchronized RequestTrace participant(String urlPrefix, String name) {
        participants.put(Objects.requireNonNull(urlPrefix), Objects.requireNonNull(name));
        return this;
    }

    /**
     * Runs a block and returns the exchanges it caused (and any other thread's meanwhile).
     *
     * @param block the calls to trace
     * @return the exchanges recorded while it ran
     */
    public List<TracedExchange> record(Runnable block) {
        int from = exchanges.size();
        block.run();
        return List.copyOf(exchanges.subList(from, exchanges.size()));
    }

    /** @return every exchange so far, in order */
    public List<TracedExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** @return how many exchanges were recorded */
    public int count() {
        return exchanges.size();
    }

    /** Forgets every exchange; numbering starts again at 1. */
    public synchronized void clear() {
        exchanges.clear();
    }

    /** @return a Mermaid {@code sequenceDiagram} of the exchanges, numbered, with client, keystone and glance */
    public String toMermaid() {
        return TraceRenderer.mermaid(exchanges());
    }

    /** @return one line per exchange, with headers and bodies indented below */
    public String toText() {
        return TraceRenderer.text(exchanges());
    }

    int maxBodyChars() {
        return maxBodyChars;
    }

    synchronized int add(Builder b) {
        int number = exchanges.size() + 1;
        exchanges.add(b.build(number, participantFor(b.uri)));
        return number;
    }

    private String participantFor(URI uri) {
        String s = uri.toString();
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : participants.entrySet()) {
            if (s.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        if (best != null) {
            return best;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.matches(".*/v3(/.*)?") ? "keystone" : "glance";
    }

    /** What the tracing transport learned about one exchange, before it is numbered. */
    static final class Builder {
        String method;
        URI uri;
        int status;
        String failure;
        java.time.Duration duration = java.time.Duration.ZERO;
        dev.glanceshare.core.http.Headers requestHeaders = dev.glanceshare.core.http.Headers.empty();
        String requestBody = "";
        dev.glanceshare.core.http.Headers responseHeaders = dev.glanceshare.core.http.Headers.empty();
        String responseBody = "";

        TracedExchange build(int number, String participant) {
            return new TracedExchange(number, participant, method, uri, status, failure, duration, requestHeaders,
                    requestBody, responseHeaders, responseBody);
        }
    }

    /** @return the participants in first-seen order, for renderers */
    static List<String> participantsOf(List<TracedExchange> exchanges) {
        List<String> out = new ArrayList<>();
        exchanges.forEach(e -> {
            if (!out.contains(e.participant())) {
                out.add(e.participant());
            }
        });
        return out;
    }
}
