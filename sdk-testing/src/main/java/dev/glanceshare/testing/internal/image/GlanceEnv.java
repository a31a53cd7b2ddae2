package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.internal.CloudConfig;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every Glance controller needs.
 *
 * @param store the image state
 * @param clock the fake clock, for timestamps
 * @param config cloud settings (quotas, URLs)
 */
public record GlanceEnv(ImageStore store, FakeClock clock, CloudConfig config) {

    /** @return the current time at Python's microsecond precision, as Glance stores it */
    Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }
}
