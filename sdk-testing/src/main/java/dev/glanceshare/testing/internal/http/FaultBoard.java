package dev.glanceshare.testing.internal.http;

import dev.glanceshare.testing.Fault;
import dev.glanceshare.testing.Service;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The armed faults, consumed one firing at a time, oldest first. Thread-safe. */
public final class FaultBoard {
    private final List<Armed> armed = new ArrayList<>(); // guarded by this

    /**
     * Arms a fault.
     *
     * @param fault the fault
     */
    public synchronized void add(Fault fault) {
        armed.add(new Armed(fault, PathGlob.compile(fault.pathPattern())));
    }

    /** Disarms every fault. */
    public synchronized void clear() {
        armed.clear();
    }

    /** @return how many firings are left across all armed faults */
    public synchronized int remaining() {
        return armed.stream().mapToInt(a -> a.left).sum();
    }

    /**
     * Takes one firing of the oldest fault that matches.
     *
     * @param service the listener
     * @param method the request method
     * @param path the raw path relative to the service root
     * @return the fault to play, or empty
     */
    public synchronized Optional<Fault> take(Service service, String method, String path) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed a = it.next();
            Fault f = a.fault;
            if (f.service() == service && ("*".equals(f.method()) || f.method().equalsIgnoreCase(method))
                    && a.glob.matches(path)) {
                if (--a.left <= 0) {
                    it.remove();
                }
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static final class Armed {
        final Fault fault;
        final PathGlob glob;
        int left;

        Armed(Fault fault, PathGlob glob) {
            this.fault = fault;
            this.glob = glob;
            this.left = fault.times();
        }
    }
}
