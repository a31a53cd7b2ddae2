package dev.glanceshare.benchmarks;

import dev.glanceshare.micrometer.MicrometerObserver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;

/** Observers measured by {@link ObservationOverhead} beyond none and an empty one. */
final class ObservationVariants {
    private ObservationVariants() {}

    static List<ObservationOverhead.Variant> extra() {
        return List.of(new ObservationOverhead.Variant("sdk-micrometer, SimpleMeterRegistry",
                () -> MicrometerObserver.of(new SimpleMeterRegistry())));
    }
}
