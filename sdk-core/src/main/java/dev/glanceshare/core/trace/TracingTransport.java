package dev.glanceshare.core.trace;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.Redaction;
import dev.glanceshare.core.http.RequestBody;
import dev.glanceshare.core.observation.SdkObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;

/** Records each exchange into a {@link RequestTrace}, then hands the response on unchanged. */
final class TracingTransport implements HttpTransport {
    private final HttpTransport delegate;
    private final RequestTrace trace;

    TracingTransport(HttpTransport delegate, RequestTrace trace) {
        this.delegate = delegate;
        this.trace = trace;
    }

    @Override
    public SdkObserver observer() {
        return delegate.observer();
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        RequestTrace.Builder b = new RequestTrace.Builder();
        b.method = request.method();
        b.uri = request.uri();
        b.requestHeaders = Redaction.headers(request.headers());
        b.requestBody = request.body().map(this::describe).orElse("");
        long start = System.nanoTime();
        HttpResponse response;
        try {
            response = delegate.send(request);
        } catch (TransportException e) {
            b.duration = Duration.ofNanos(System.nanoTime() - start);
            b.failure = "no response (" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
            trace.add(b);
            throw e;
        }
        b.duration = Duration.ofNanos(System.nanoTime() - start);
        b.status = response.status();
        b.responseHeaders = Redaction.headers(response.headers());
        HttpResponse handedOn = response;
        if (isText(response)) {
            handedOn = peek(response, b);
        } else if (response.contentLength() > 0) {
            b.responseBody = "<" + response.contentLength() + " bytes " + response.mediaType().orElse("") + ">";
        }
        trace.add(b);
        return handedOn;
    }

    private String describe(RequestBody body) {
        return body.bufferedBytes()
                .map(bytes -> cut(Redaction.body(bytes, body.contentType())))
                .orElseGet(() -> "<streamed " + (body.contentLength() < 0 ? "" : body.contentLength() + " bytes ")
                        + body.contentType() + ">");
    }

    private static boolean isText(HttpResponse response) {
        String type = response.mediaType().orElse("");
        return type.contains("json") || type.startsWith("text/");
    }

    /** Reads the first part of the body for the trace, and replays it in front of the rest for the caller. */
    private HttpResponse peek(HttpResponse response, RequestTrace.Builder b) {
        int limit = trace.maxBodyChars() * 4;
        byte[] head;
        try {
            head = response.body().readNBytes(limit);
        } catch (IOException e) {
            b.responseBody = "<body unreadable: " + e.getClass().getSimpleName() + ">";
            return HttpResponse.streaming(response.status(), response.headers(),
                    new FailingStream(e, response), response.contentLength());
        }
        b.responseBody = cut(Redaction.body(head, response.mediaType().orElse("")));
        InputStream replay = new SequenceInputStream(new ByteArrayInputStream(head), response.body()) {
            @Override
            public void close() throws IOException {
                response.close();
            }
        };
        return HttpResponse.streaming(response.status(), response.headers(), replay, response.contentLength());
    }

    private String cut(String text) {
        return text.length() > trace.maxBodyChars() ? text.substring(0, trace.maxBodyChars()) + "..." : text;
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** A body whose first read already failed: the caller gets the same failure when it reads. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;
        private final HttpResponse response;

        FailingStream(IOException failure, HttpResponse response) {
            this.failure = failure;
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
