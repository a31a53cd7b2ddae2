package dev.glanceshare.micrometer;

import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.ConnectionPoolView;
import dev.glanceshare.core.observation.PoolState;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.core.observation.TokenEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * glanceshare's {@link SdkObserver} on Micrometer. Each operation and exchange is an {@link Observation}: the
 * application's {@link ObservationRegistry} turns it into a timer (with Micrometer's meter handler, as Spring Boot
 * configures) and a span (with a tracer bridge). Exchanges are opened inside their operation's scope, so their
 * spans are its children. Counters and gauges go to the {@link MeterRegistry}:
 *
 * <ul>
 *   <li>{@code glanceshare.retries} (counter; tags {@code operation}, {@code service}): requests sent again;</li>
 *   <li>{@code glanceshare.retry.after} (timer; same tags): time waited because a response said
 *       {@code Retry-After};</li>
 *   <li>{@code glanceshare.tokens} (counter; tags {@code event}: {@code issued}, {@code renewed},
 *       {@code replaced_after_401}, {@code loaded}; {@code service}): new tokens;</li>
 *   <li>{@code glanceshare.pool.connections} (gauge; tag {@code state}: {@code leased}, {@code available},
 *       {@code pending}) and {@code glanceshare.pool.max} (gauge): summed over the open transports observed.</li>
 * </ul>
 *
 * <p>No tag holds an ID, a token or a credential; request IDs appear only as a span attribute.
 *
 * <pre>{@code
 * MicrometerObserver observer = MicrometerObserver.builder()
 *     .observationRegistry(observationRegistry).meterRegistry(meterRegistry).build();
 * TransportOptions options = TransportOptions.builder().observer(observer).build();
 * }</pre>
 *
 * Thread-safe; one per application (it may observe several transports).
 */
public final class MicrometerObserver implements SdkObserver {
    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final GlanceshareObservationConvention operationConvention;
    private final GlanceshareObservationConvention exchangeConvention;
    private final Set<ConnectionPoolView> pools = ConcurrentHashMap.newKeySet();
    private static final GlanceshareObservationConvention OPERATIONS =
            new DefaultGlanceshareObservationConvention(DefaultGlanceshareObservationConvention.OPERATION);
    private static final GlanceshareObservationConvention EXCHANGES =
            new DefaultGlanceshareObservationConvention(DefaultGlanceshareObservationConvention.EXCHANGE);

    private MicrometerObserver(Builder b) {
        this.meters = b.meters;
        if (b.observations != null) {
            this.observations = b.observations;
        } else {
            // Metrics only: an own registry whose one handler makes the timers.
            this.observations = ObservationRegistry.create();
            observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        }
        this.operationConvention = b.operationConvention;
        this.exchangeConvention = b.exchangeConvention;
        if (meters != null) {
            poolGauge("leased", PoolState::leased);
            poolGauge("available", PoolState::available);
            poolGauge("pending", PoolState::pending);
            Gauge.builder("glanceshare.pool.max", this, o -> o.sum(PoolState::max))
                    .description("Size of the connection pools of the observed transports").register(meters);
        }
    }

    /**
     * @param meters where the timers, counters and gauges go (no traces: use {@link #builder()} with the
     *     application's {@link ObservationRegistry} for those)
     * @return an observer
     */
    public static MicrometerObserver of(MeterRegistry meters) {
        return builder().meterRegistry(meters).build();
    }

    /** @return a builder; it needs an observation registry, a meter registry, or both */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Scope started(CallStart start) {
        if (observations.isNoop()) {
            return Scope.NONE;
        }
        GlanceshareObservationContext context = new GlanceshareObservationContext(start);
        boolean operation = start.kind() == CallKind.OPERATION;
        Observation observation = Observation.createNotStarted(operation ? operationConvention : exchangeConvention,
                operation ? OPERATIONS : EXCHANGES, () -> context, observations).start();
        Observation.Scope scope = observation.openScope();
        return event -> {
            context.finish(event);
            event.exception().ifPresent(observation::error);
            scope.close();
            observation.stop();
            if (operation && meters != null) {
                recordRetries(event);
            }
        };
    }

    private void recordRetries(CallEvent event) {
        if (event.retries() > 0) {
            Counter.builder("glanceshare.retries").description("Requests sent again after a 429, 5xx or lost response")
                    .tag("operation", event.operation()).tag("service", event.service()).register(meters)
                    .increment(event.retries());
        }
        if (!event.retryAfterWait().isZero()) {
            Timer.builder("glanceshare.retry.after").description("Time waited because a response said Retry-After")
                    .tag("operation", event.operation()).tag("service", event.service()).register(meters)
                    .record(event.retryAfterWait());
        }
    }

    @Override
    public void token(TokenEvent event) {
        if (meters != null) {
            Counter.builder("glanceshare.tokens").description("Tokens a session got, by why")
                    .tag("event", event.kind().name().toLowerCase(Locale.ROOT)).tag("service", event.service())
                    .register(meters).increment();
        }
    }

    @Override
    public void poolOpened(ConnectionPoolView pool) {
        pools.add(pool);
    }

    @Override
    public void poolClosed(ConnectionPoolView pool) {
        pools.remove(pool);
    }

    private void poolGauge(String state, ToIntFunction<PoolState> value) {
        Gauge.builder("glanceshare.pool.connections", this, o -> o.sum(value)).tag("state", state)
                .description("Connections of the observed transports' pools; pending: requests waiting for one")
                .register(meters);
    }

    private double sum(ToIntFunction<PoolState> value) {
        int total = 0;
        for (ConnectionPoolView pool : pools) {
            total += value.applyAsInt(pool.state());
        }
        return total;
    }

    /** @return the registries it reports to */
    @Override
    public String toString() {
        return "MicrometerObserver[observations=" + observations + ", meters=" + meters + "]";
    }

    /** Builds a {@link MicrometerObserver}. */
    public static final class Builder {
        private ObservationRegistry observations;
        private MeterRegistry meters;
        private GlanceshareObservationConvention operationConvention;
        private GlanceshareObservationConvention exchangeConvention;

        private Builder() {}

        /**
         * @param value the application's registry: its handlers make the timers (a meter handler) and spans (a
         *     tracing handler). Without one, the timers go straight to the meter registry and there are no spans
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry value) {
            this.observations = value;
            return this;
        }

        /**
         * @param value where counters and pool gauges go; without one there are none
         * @return this builder
         */
        public Builder meterRegistry(MeterRegistry value) {
            this.meters = value;
            return this;
        }

        /**
         * @param value names and tags operations instead of {@link DefaultGlanceshareObservationConvention}
         * @return this builder
         */
        public Builder operationConvention(GlanceshareObservationConvention value) {
            this.operationConvention = value;
            return this;
        }

        /**
         * @param value names and tags exchanges instead of {@link DefaultGlanceshareObservationConvention}
         * @return this builder
         */
        public Builder exchangeConvention(GlanceshareObservationConvention value) {
            this.exchangeConvention = value;
            return this;
        }

        /**
         * @return the observer
         * @throws IllegalStateException when neither registry was given
         */
        public MicrometerObserver build() {
            if (observations == null && meters == null) {
                throw new IllegalStateException("MicrometerObserver needs an ObservationRegistry, a MeterRegistry "
                        + "or both: call observationRegistry(...) and/or meterRegistry(...)");
            }
            return new MicrometerObserver(this);
        }
    }
}
