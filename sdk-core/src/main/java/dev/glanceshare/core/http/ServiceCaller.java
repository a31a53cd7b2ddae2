package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.ErrorResponse;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.internal.ErrorBodies;
import dev.glanceshare.core.internal.RetryAfter;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.core.json.JsonDecoder;
import dev.glanceshare.core.observation.SdkObserver;
import java.io.IOException;
import java.util.Objects;

/**
 * Sends requests for one service through a pipeline and turns the answers into values or typed
 * exceptions. Service clients (identity, image) are built on it. Immutable and thread-safe.
 *
 * <p>Each call of {@link #open}, {@link #json} and {@link #send} is one operation for the transport's
 * {@link SdkObserver}, reported when it returns or throws (retries and a resend after a 401 included).
 *
 * <p>Bodies are read with a bound ({@link #maxJsonBytes()}), so a misbehaving server cannot exhaust the
 * heap; error bodies are bounded tighter still.
 */
public final class ServiceCaller {
    /** The header services use for the request id; compared case-insensitively. */
    public static final String REQUEST_ID = "X-Openstack-Request-Id";

    private static final int MAX_ERROR_BYTES = 64 * 1024;

    private final String service;
    private final HttpPipeline pipeline;
    private final JsonCodec json;
    private final int maxJsonBytes;

    /**
     * @param service the name used in messages, such as {@code Glance}
     * @param pipeline the pipeline to send through
     * @param maxJsonBytes the largest JSON body accepted
     */
    public ServiceCaller(String service, HttpPipeline pipeline, int maxJsonBytes) {
        this.service = Objects.requireNonNull(service, "service");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.json = JsonCodec.standard();
        if (maxJsonBytes < 1024) {
            throw new IllegalArgumentException("maxJsonBytes must be at least 1024");
        }
        this.maxJsonBytes = maxJsonBytes;
    }

    /** @return the service name used in messages */
    public String service() {
        return service;
    }

    /** @return the pipeline requests go through */
    public HttpPipeline pipeline() {
        return pipeline;
    }

    /** @return the largest JSON body accepted */
    public int maxJsonBytes() {
        return maxJsonBytes;
    }

    /**
     * Sends a request and returns the open response if it succeeded (2xx).
     *
     * @param request the request
     * @return the response, streaming; the caller closes it
     * @throws ApiException (a subclass per status) when the service answered with an error
     * @throws TransportException when no usable response arrived
     */
    public HttpResponse open(HttpRequest request) {
        ObservedCall call = start(request);
        if (call == null) {
            return openChecked(request);
        }
        try {
            HttpResponse response = openChecked(request.withObserved(call));
            call.succeeded();
            return response;
        } catch (RuntimeException e) {
            call.failed(e);
            throw e;
        }
    }

    /** @return the operation to report, or {@code null} when the transport has no observer (no work at all) */
    private ObservedCall start(HttpRequest request) {
        SdkObserver observer = pipeline.transport().observer();
        return observer == SdkObserver.NONE ? null : ObservedCall.start(observer, service, request);
    }

    private HttpResponse openChecked(HttpRequest request) {
        HttpResponse response = pipeline.send(request);
        ObservedCall call = request.observed();
        if (call != null) {
            call.answered(response);
        }
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            throw errorFor(request, response);
        }
    }

    /**
     * Sends a request, checks for success and reads the JSON body into a type.
     *
     * @param request the request
     * @param type the body's type
     * @param <T> the body's type
     * @return the decoded body, never {@code null}
     * @throws ApiException (a subclass per status) when the service answered with an error
     * @throws TransportException when no usable response arrived, or kind DECODE when the body is empty,
     *     not JSON of that shape, or larger than {@link #maxJsonBytes()}
     */
    public <T> T json(HttpRequest request, Class<T> type) {
        ObservedCall call = start(request);
        if (call == null) {
            return jsonChecked(request, type);
        }
        try {
            T value = jsonChecked(request.withObserved(call), type);
            call.succeeded();
            return value;
        } catch (RuntimeException e) {
            call.failed(e);
            throw e;
        }
    }

    private <T> T jsonChecked(HttpRequest request, Class<T> type) {
        byte[] body = successfulBody(request);
        try {
            T value = json.read(body, type);
            if (value == null) {
                throw new IOException("the body is JSON null");
            }
            return value;
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(),
                    service + " sent a body that is not the expected JSON (" + type.getSimpleName() + "): "
                            + originalMessage(e), e);
        }
    }

    /**
     * Sends a request, checks for success and reads the JSON body with a streaming decoder, straight into
     * the value: no tree is built. The body is bounded by {@link #maxJsonBytes()} like every other.
     *
     * @param request the request
     * @param what what the body is, for the message of a body that is not JSON, such as {@code image}
     * @param decoder reads the value; a {@link RuntimeException} it throws is passed on as it is
     * @param <T> the value's type
     * @return the decoded value, never {@code null}
     * @throws ApiException (a subclass per status) when the service answered with an error
     * @throws TransportException when no usable response arrived, or kind DECODE when the body is empty or not
     *     JSON, or larger than {@link #maxJsonBytes()}
     */
    public <T> T json(HttpRequest request, String what, JsonDecoder<T> decoder) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(decoder, "decoder");
        ObservedCall call = start(request);
        if (call == null) {
            return decodeChecked(request, what, decoder);
        }
        try {
            T value = decodeChecked(request.withObserved(call), what, decoder);
            call.succeeded();
            return value;
        } catch (RuntimeException e) {
            call.failed(e);
            throw e;
        }
    }

    private <T> T decodeChecked(HttpRequest request, String what, JsonDecoder<T> decoder) {
        byte[] body = successfulBody(request);
        try {
            return Objects.requireNonNull(json.read(body, decoder), "the decoder returned null");
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(),
                    service + " sent a body that is not the expected JSON (" + what + "): " + originalMessage(e), e);
        }
    }

    private byte[] successfulBody(HttpRequest request) {
        // The retry step reads the body (bounded), so that a body that breaks off is retried like a lost response.
        try (HttpResponse response = openChecked(request.withBufferLimit(maxJsonBytes))) {
            return readBody(request, response, maxJsonBytes);
        }
    }

    /**
     * Sends a request, checks for success and discards the body (a small body is read so the connection
     * can be reused; a large one is not read at all).
     *
     * @param request the request
     * @return the status code (2xx)
     * @throws ApiException (a subclass per status) when the service answered with an error
     * @throws TransportException when no usable response arrived
     */
    public int send(HttpRequest request) {
        ObservedCall call = start(request);
        HttpResponse response;
        try {
            response = openChecked(call == null ? request : request.withObserved(call));
            Responses.discard(response);
        } catch (RuntimeException e) {
            if (call != null) {
                call.failed(e);
            }
            throw e;
        }
        if (call != null) {
            call.succeeded();
        }
        return response.status();
    }

    /**
     * Builds the typed exception for an error response, reading a bounded part of its body.
     *
     * @param request the request that failed
     * @param response the error response; not closed here
     * @return the exception to throw
     */
    public ApiException errorFor(HttpRequest request, HttpResponse response) {
        String message;
        try {
            byte[] body = response.body().readNBytes(MAX_ERROR_BYTES);
            message = ErrorBodies.message(response.mediaType().orElse(""), response.status(), body);
        } catch (IOException e) {
            message = "(the error body could not be read: " + e.getClass().getSimpleName() + ")";
        }
        return ErrorResponse.builder()
                .service(service)
                .method(request.method())
                .uri(request.uri())
                .status(response.status())
                .requestId(response.headers().first(REQUEST_ID).orElse(null))
                .serverMessage(message)
                .retryAfter(RetryAfter.parse(response.headers()).orElse(null))
                .build()
                .toException();
    }

    private static String originalMessage(IOException e) {
        // Jackson's full message quotes the source; keep its first line only, which says what and where.
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private byte[] readBody(HttpRequest request, HttpResponse response, int max) {
        try {
            return response.readBody(max);
        } catch (HttpResponse.BodyTooLargeException e) {
            throw new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(),
                    e.getMessage(), e);
        } catch (IOException e) {
            throw ApacheHttpTransport.failure(request.method(), request.uri(), e);
        }
    }
}
