package dev.glanceshare.core.observation;

import java.util.Objects;

/**
 * The start of an operation or exchange.
 *
 * @param kind an operation (one call of a service client) or an exchange (one request on the wire)
 * @param operation the operation's name, such as {@code image.members.add}; from a fixed list
 * @param service {@code identity} or {@code image}
 * @param method the HTTP method, such as {@code POST}
 */
public record CallStart(CallKind kind, String operation, String service, String method) {
    /**
     * Checks that nothing is null.
     *
     * @param kind as above
     * @param operation as above
     * @param service as above
     * @param method as above
     */
    public CallStart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
    }
}
