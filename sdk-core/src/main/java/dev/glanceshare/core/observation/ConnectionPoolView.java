package dev.glanceshare.core.observation;

/** Reads a transport's connection pool; see {@link SdkObserver#poolOpened}. Thread-safe. */
@FunctionalInterface
public interface ConnectionPoolView {
    /** @return the pool's counters now */
    PoolState state();
}
