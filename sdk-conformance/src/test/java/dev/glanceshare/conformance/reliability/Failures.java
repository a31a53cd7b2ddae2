package dev.glanceshare.conformance.reliability;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.exception.TransportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Failures seen by a case, by kind: {@code TransportException CONNECT}, {@code ServerErrorException 503},
 * … Anything that is not an {@link OpenStackException} is "untyped" and fails the case; samples of those
 * keep their stack traces.
 */
final class Failures {
    private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    private final List<String> untypedSamples = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder untyped = new LongAdder();

    /** @return how the failure is counted */
    static String kind(Throwable e) {
        if (e instanceof TransportException t) {
            return "TransportException " + t.kind();
        }
        if (e instanceof ApiException a) {
            return e.getClass().getSimpleName() + " " + a.status();
        }
        if (e instanceof OpenStackException) {
            return e.getClass().getSimpleName();
        }
        return "UNTYPED " + e.getClass().getName();
    }

    void record(String where, Throwable e) {
        byKind.computeIfAbsent(where + ": " + kind(e), k -> new LongAdder()).increment();
        if (!(e instanceof OpenStackException)) {
            untyped.increment();
            if (untypedSamples.size() < 5) {
                java.io.StringWriter w = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(w));
                untypedSamples.add(w.toString());
            }
        }
    }

    long untyped() {
        return untyped.sum();
    }

    List<String> untypedSamples() {
        return List.copyOf(untypedSamples);
    }

    long total() {
        return byKind.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** @return counts by kind, sorted */
    Map<String, Long> counts() {
        Map<String, Long> out = new TreeMap<>();
        byKind.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
