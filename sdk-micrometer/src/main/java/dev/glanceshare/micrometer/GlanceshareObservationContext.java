package dev.glanceshare.micrometer;

import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallStart;
import io.micrometer.observation.Observation;
import java.util.Objects;
import java.util.Optional;

/** The context of one glanceshare operation or exchange observation: what started and, once it ended, how. */
public final class GlanceshareObservationContext extends Observation.Context {
    private final CallStart start;
    private volatile CallEvent event;

    /** @param start what the observation is about */
    public GlanceshareObservationContext(CallStart start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    /** @return what started */
    public CallStart start() {
        return start;
    }

    /** @return how the call ended; empty while it runs */
    public Optional<CallEvent> event() {
        return Optional.ofNullable(event);
    }

    void finish(CallEvent value) {
        this.event = value;
    }
}
