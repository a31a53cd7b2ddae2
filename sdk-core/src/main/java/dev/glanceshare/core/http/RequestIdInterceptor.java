package dev.glanceshare.core.http;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends the caller's own {@code X-Openstack-Request-ID}, so that the application's logs and the
 * services' logs can be matched. OpenStack services (oslo.middleware) record an incoming id of the form
 * {@code req-<uuid>} as the <em>global</em> request id and still answer with their own local id in the
 * response header; {@link #randomIds()} makes ids of that form.
 *
 * <p>The supplier is asked once per call (retries and re-authenticated resends keep the same id, because
 * this interceptor sits before them). A request that already carries the header keeps it, and a
 * supplier that returns {@code null} sends none.
 *
 * <pre>{@code
 * Interceptor ids = new RequestIdInterceptor(() -> "req-" + MDC.get("traceUuid"));
 * }</pre>
 */
public final class RequestIdInterceptor implements Interceptor {
    /** The header name, as OpenStack documents it. */
    public static final String HEADER = "X-Openstack-Request-ID";

    private static final int MAX_LENGTH = 255;

    private final Supplier<String> ids;

    /** @param ids gives the id for each call; may return {@code null} to send none */
    public RequestIdInterceptor(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** @return a supplier of fresh {@code req-<uuid>} ids */
    public static Supplier<String> randomIds() {
        return () -> "req-" + UUID.randomUUID();
    }

    /**
     * @param id a request id
     * @return the id, if it is safe to send
     * @throws IllegalArgumentException when it is blank, longer than 255 characters, or holds a line
     *     break or other control character (which could split the request)
     */
    public static String validate(String id) {
        Objects.requireNonNull(id, "request id");
        if (id.isBlank() || id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A request id must be 1 to " + MAX_LENGTH + " characters, was "
                    + id.length());
        }
        if (id.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("A request id must not contain a line break or control character");
        }
        return id;
    }

    @Override
    public HttpResponse intercept(Chain chain) {
        HttpRequest request = chain.request();
        if (request.headers().contains(HEADER)) {
            return chain.proceed(request);
        }
        String id = ids.get();
        if (id == null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.withHeader(HEADER, validate(id)));
    }
}
