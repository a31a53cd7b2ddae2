package dev.glanceshare.core.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable HTTP request. Build one with {@link #builder(String, URI)} or {@link #builder(String, RequestUrl)};
 * derive variants with {@link #toBuilder()}.
 */
public final class HttpRequest {
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final String method;
    private final RequestUrl url;
    private final Headers headers;
    private final RequestBody body;
    private final int bufferLimit;
    private final ObservedCall observed;

    private HttpRequest(Builder b) {
        this(b.method, b.url, b.headers.build(), b.body, b.bufferLimit, b.observed);
    }

    private HttpRequest(String method, RequestUrl url, Headers headers, RequestBody body, int bufferLimit,
            ObservedCall observed) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
        this.bufferLimit = bufferLimit;
        this.observed = observed;
    }

    // The SDK's own steps change one thing per call. These copies share everything else, headers included,
    // where toBuilder().build() would copy the header map twice on every call.

    HttpRequest withHeader(String name, String value) {
        return new HttpRequest(method, url, headers.with(name, value), body, bufferLimit, observed);
    }

    HttpRequest withBufferLimit(int maxBytes) {
        return new HttpRequest(method, url, headers, body, Math.max(0, maxBytes), observed);
    }

    HttpRequest withObserved(ObservedCall call) {
        return new HttpRequest(method, url, headers, body, bufferLimit, call);
    }

    /**
     * @param method the HTTP method, such as {@code GET}; upper-cased
     * @param uri an absolute http or https URI
     * @return a builder
     */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, RequestUrl.of(uri), Headers.builder(), null);
    }

    /**
     * @param method the HTTP method, such as {@code GET}; upper-cased
     * @param url the URL, such as {@code RequestUrl.of(endpoint, "images", id)}, which the transport sends without
     *     parsing a URI
     * @return a builder
     */
    public static Builder builder(String method, RequestUrl url) {
        return new Builder(method, url, Headers.builder(), null);
    }

    /** @return a builder that starts from this request */
    public Builder toBuilder() {
        return new Builder(method, url, headers.toBuilder(), body).bufferResponse(bufferLimit).observed(observed);
    }

    /** @return the method, upper case */
    public String method() {
        return method;
    }

    /** @return the absolute URI; made from {@link #url()} on first use */
    public URI uri() {
        return url.toUri();
    }

    /** @return the URL */
    public RequestUrl url() {
        return url;
    }

    /** @return the headers */
    public Headers headers() {
        return headers;
    }

    /** @return the body, if any */
    public Optional<RequestBody> body() {
        return Optional.ofNullable(body);
    }

    /**
     * @return the largest successful response body the retry step reads into memory before returning, so
     *     that a body that breaks off is retried like a response that never came; 0 to stream it
     */
    int bufferLimit() {
        return bufferLimit;
    }

    /** @return the operation this request belongs to, when it is observed; {@code null} otherwise */
    ObservedCall observed() {
        return observed;
    }

    /**
     * @return whether sending the request twice has the same effect as once (GET, HEAD, PUT, DELETE,
     *     OPTIONS), so a retry policy may resend it
     */
    public boolean isIdempotent() {
        return IDEMPOTENT.contains(method);
    }

    /** @return method and URI only: headers may hold tokens */
    @Override
    public String toString() {
        return method + " " + url;
    }

    /** Builds an {@link HttpRequest}. */
    public static final class Builder {
        private String method;
        private RequestUrl url;
        private final Headers.Builder headers;
        private RequestBody body;
        private int bufferLimit;
        private ObservedCall observed;

        private Builder(String method, RequestUrl url, Headers.Builder headers, RequestBody body) {
            method(method);
            url(url);
            this.headers = headers;
            this.body = body;
        }

        /**
         * @param value the method
         * @return this builder
         */
        public Builder method(String value) {
            Objects.requireNonNull(value, "method");
            if (!isToken(value)) {
                throw new IllegalArgumentException("Invalid HTTP method: '" + value + "'");
            }
            this.method = value.toUpperCase(Locale.ROOT);
            return this;
        }

        // A loop, not String.matches: that compiles a regex on every request, a measurable share of a call.
        private static boolean isToken(String value) {
            if (value.isEmpty()) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                    return false;
                }
            }
            return true;
        }

        /**
         * @param value an absolute http or https URI
         * @return this builder
         */
        public Builder uri(URI value) {
            this.url = RequestUrl.of(value);
            return this;
        }

        /**
         * @param value the URL
         * @return this builder
         */
        public Builder url(RequestUrl value) {
            this.url = Objects.requireNonNull(value, "url");
            return this;
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /**
         * @param name the header to remove
         * @return this builder
         */
        public Builder removeHeader(String name) {
            headers.remove(name);
            return this;
        }

        /**
         * @param value the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(RequestBody value) {
            this.body = value;
            return this;
        }

        /** @param maxBytes see {@link HttpRequest#bufferLimit()} @return this builder */
        Builder bufferResponse(int maxBytes) {
            this.bufferLimit = Math.max(0, maxBytes);
            return this;
        }

        /** @param value the observed operation the request belongs to, or {@code null} @return this builder */
        Builder observed(ObservedCall value) {
            this.observed = value;
            return this;
        }

        /** @return the request */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }
}
