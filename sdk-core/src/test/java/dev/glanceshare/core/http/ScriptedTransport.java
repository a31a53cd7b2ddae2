package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.observation.SdkObserver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** A transport that plays a script of answers and records what it was sent and which responses were closed. */
final class ScriptedTransport implements HttpTransport {
    private final Deque<Function<HttpRequest, HttpResponse>> script = new ArrayDeque<>();
    private final List<HttpRequest> sent = new ArrayList<>();
    private final List<AtomicBoolean> closed = new ArrayList<>();
    private SdkObserver observer = SdkObserver.NONE;

    /** @param value the observer this transport reports (as TransportOptions.observer does) @return this */
    ScriptedTransport observedBy(SdkObserver value) {
        this.observer = value;
        return this;
    }

    @Override
    public SdkObserver observer() {
        return observer;
    }

    /** @param status the status to answer next @param headers name, value pairs @return this */
    ScriptedTransport answer(int status, String... headers) {
        script.add(request -> {
            Headers.Builder h = Headers.builder();
            for (int i = 0; i < headers.length; i += 2) {
                h.add(headers[i], headers[i + 1]);
            }
            AtomicBoolean flag = new AtomicBoolean();
            closed.add(flag);
            InputStream body = new ByteArrayInputStream("{}".getBytes()) {
                @Override
                public void close() {
                    flag.set(true);
                }
            };
            return HttpResponse.streaming(status, h.build(), body, 2);
        });
        return this;
    }

    /** @param kind the kind of failure to throw next @return this */
    ScriptedTransport fail(TransportException.Kind kind) {
        script.add(request -> {
            throw new TransportException(kind, request.method(), request.uri(), "scripted " + kind, null);
        });
        return this;
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        sent.add(request);
        if (script.isEmpty()) {
            throw new AssertionError("unscripted request " + request);
        }
        return script.poll().apply(request);
    }

    /** @return the requests sent, in order */
    List<HttpRequest> sent() {
        return sent;
    }

    /** @return for each response handed out, in order, whether it was closed */
    List<Boolean> closed() {
        List<Boolean> flags = new ArrayList<>();
        closed.forEach(f -> flags.add(f.get()));
        return flags;
    }

    @Override
    public void close() {}
}
