package dev.glanceshare.image.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Computes a value once, on first use, thread-safely. A failure is not cached, so a transient error
 * (Keystone down at start) does not poison the client for good.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
