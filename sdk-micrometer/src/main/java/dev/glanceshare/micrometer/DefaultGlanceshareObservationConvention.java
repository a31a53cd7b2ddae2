package dev.glanceshare.micrometer;

import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags (docs/observability.md).
 *
 * <ul>
 *   <li>Name: {@code glanceshare.operation} for an operation, {@code glanceshare.exchange} for an exchange; as
 *       timers, with Micrometer's meter handler, and {@code .active} long task timers while they run.</li>
 *   <li>Span name: the operation, such as {@code image.members.add}; for an exchange, the method first, in lower
 *       case: {@code post image.members.add}.</li>
 *   <li>Low-cardinality tags (metrics and spans): {@code operation}, {@code service}, {@code method}, and once the
 *       call ended {@code status} (the HTTP status, {@code NONE} without a response) and {@code outcome}
 *       ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code UNKNOWN}...). The exception a call
 *       threw is the observation's error: Micrometer's meter handler tags it as {@code error} (its simple class
 *       name, {@code none}) and a tracer marks the span failed.</li>
 *   <li>High-cardinality tags (spans only): {@code openstack.request_id}, {@code glanceshare.retries} and
 *       {@code glanceshare.retry_after_ms}.</li>
 * </ul>
 */
public class DefaultGlanceshareObservationConvention implements GlanceshareObservationConvention {
    /** The operation timer's name. */
    public static final String OPERATION = "glanceshare.operation";
    /** The exchange timer's name. */
    public static final String EXCHANGE = "glanceshare.exchange";

    private final String name;

    /** @param name the observation's name: {@link #OPERATION} or {@link #EXCHANGE} */
    public DefaultGlanceshareObservationConvention(String name) {
        this.name = java.util.Objects.requireNonNull(name, "name");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getContextualName(GlanceshareObservationContext context) {
        CallStart start = context.start();
        // Lower case: Micrometer Tracing turns capitals into kebab case ("POST" would become "p-o-s-t").
        return start.kind() == CallKind.OPERATION ? start.operation()
                : start.method().toLowerCase(java.util.Locale.ROOT) + " " + start.operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(GlanceshareObservationContext context) {
        CallStart start = context.start();
        KeyValues values = KeyValues.of("operation", start.operation(), "service", start.service(),
                "method", start.method());
        if (context.event().isEmpty()) {
            return values;
        }
        CallEvent e = context.event().get();
        return values.and("status", e.status() == 0 ? "NONE" : Integer.toString(e.status()),
                "outcome", e.outcome().name());
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(GlanceshareObservationContext context) {
        if (context.event().isEmpty()) {
            return KeyValues.empty();
        }
        CallEvent e = context.event().get();
        KeyValues values = KeyValues.of("glanceshare.retries", Integer.toString(e.retries()),
                "glanceshare.retry_after_ms", Long.toString(e.retryAfterWait().toMillis()));
        return e.requestId().map(id -> values.and("openstack.request_id", id)).orElse(values);
    }
}
