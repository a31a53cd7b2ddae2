/**
 * glanceshare's observation hook on Micrometer: each operation and exchange is a Micrometer {@code Observation}
 * (a timer through the application's meter handler, a span through its tracer bridge, OpenTelemetry or Brave),
 * with counters for retries, {@code Retry-After} waits and tokens, and gauges for the connection pool. Start at
 * {@link dev.glanceshare.micrometer.MicrometerObserver}; every meter and tag is listed in docs/observability.md.
 */
package dev.glanceshare.micrometer;
