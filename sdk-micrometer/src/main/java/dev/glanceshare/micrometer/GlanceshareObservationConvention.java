package dev.glanceshare.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags glanceshare's observations. Implement it (or extend {@link DefaultGlanceshareObservationConvention})
 * to change them, and pass it to {@link MicrometerObserver.Builder#operationConvention} or
 * {@link MicrometerObserver.Builder#exchangeConvention}.
 */
public interface GlanceshareObservationConvention extends ObservationConvention<GlanceshareObservationContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof GlanceshareObservationContext;
    }
}
