package dev.glanceshare.benchmarks;

import java.util.List;

/** Observers measured by {@link ObservationOverhead} beyond none and an empty one. */
final class ObservationVariants {
    private ObservationVariants() {}

    static List<ObservationOverhead.Variant> extra() {
        return List.of();
    }
}
