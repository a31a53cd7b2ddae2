package dev.glanceshare.conformance.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A case's figures, as docs/RELIABILITY.md gives them.
 *
 * @param id the case number
 * @param operations calls attempted: pairs of the bulk runs and accepts, reads, probes, the case's own calls
 * @param reads reader calls
 * @param readsOk reader calls that succeeded
 * @param outcomes bulk pairs by run and outcome
 * @param failures failures by where and kind, all typed unless counted in {@code untyped}
 * @param untyped failures that were not an {@code OpenStackException}
 * @param untypedSamples their stack traces
 * @param end the end state read by a clean client
 * @param authRequests token requests sent by the workload's transports
 * @param unauthorized 401s they received
 * @param leasedAfter leased connections after the case
 * @param hungThreads reader threads still running after the bound
 * @param longestRead the longest reader call
 * @param recovery from the fault's end to the first successful call on the same client
 * @param elapsed the whole case
 * @param notes what the case observed on the way
 */
record Report(String id, long operations, long reads, long readsOk, Map<String, Long> outcomes,
        Map<String, Long> failures, long untyped, List<String> untypedSamples, EndState end, long authRequests,
        long unauthorized, int leasedAfter, int hungThreads, Duration longestRead, Duration recovery,
        Duration elapsed, List<String> notes) {

    String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("== case %s: %d operations (%d reads, %d ok), %.1f s%n", id, operations, reads,
                readsOk, elapsed.toMillis() / 1000.0));
        b.append("   bulk outcomes: ").append(outcomes).append('\n');
        b.append("   failures: ").append(failures).append(", untyped: ").append(untyped).append('\n');
        b.append("   end state: ").append(end.summary()).append('\n');
        b.append(String.format("   auth requests: %d, 401s: %d, leased after: %d, hung readers: %d, longest read:"
                        + " %.1f s, recovery: %s%n", authRequests, unauthorized, leasedAfter, hungThreads,
                longestRead.toMillis() / 1000.0,
                recovery == null ? "-" : String.format("%.2f s", recovery.toMillis() / 1000.0)));
        notes.forEach(n -> b.append("   note: ").append(n).append('\n'));
        untypedSamples.forEach(s -> b.append("   UNTYPED: ").append(s).append('\n'));
        return b.toString();
    }
}
