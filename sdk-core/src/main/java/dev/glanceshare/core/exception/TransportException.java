package dev.glanceshare.core.exception;

import java.net.URI;

/**
 * No usable response arrived: the connection failed or was reset, a timeout passed, TLS was refused,
 * or the body could not be read or decoded. Compare {@link ApiException}, where the service did answer.
 */
public class TransportException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this was; retry policies decide on it. */
    public enum Kind {
        /** The connection could not be made, so the request was never sent. */
        CONNECT,
        /** A connect or response timeout passed. */
        TIMEOUT,
        /** The TLS handshake failed, for example an untrusted certificate. */
        TLS,
        /** The connection broke while the request or response was in flight. */
        IO,
        /** A response arrived but its body was not what the SDK can read (malformed JSON, too large). */
        DECODE
    }

    /** What kind of failure this was. */
    private final Kind kind;
    /** The request method. */
    private final String method;
    /** The request URI. */
    private final URI uri;

    /**
     * Creates the exception.
     *
     * @param kind what kind of failure
     * @param method the HTTP method of the request
     * @param uri the request URI
     * @param detail what happened, without secrets
     * @param cause the underlying failure, or {@code null}
     */
    public TransportException(Kind kind, String method, URI uri, String detail, Throwable cause) {
        super(method + " " + uri + " failed (" + kind.name().toLowerCase(java.util.Locale.ROOT) + "): " + detail, cause);
        this.kind = kind;
        this.method = method;
        this.uri = uri;
    }

    /** @return what kind of failure this was */
    public Kind kind() {
        return kind;
    }

    /** @return the HTTP method of the request */
    public String method() {
        return method;
    }

    /** @return the request URI */
    public URI uri() {
        return uri;
    }
}
