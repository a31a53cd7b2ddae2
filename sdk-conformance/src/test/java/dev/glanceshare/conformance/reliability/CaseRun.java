package dev.glanceshare.conformance.reliability;

import dev.glanceshare.conformance.RealCredentials;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.image.bulk.BulkProgress;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ItemResult;
import dev.glanceshare.image.bulk.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One case from start to end: the workload's images, its readers, the bulk runs and accepts (each counted),
 * the recovery probe, and the figures at the end with the end state read by a clean client. The images are
 * deleted when it closes.
 */
final class CaseRun implements AutoCloseable {
    static final String IMAGE_PREFIX = "glanceshare-rel-img-";

    private final String id;
    private final RealCredentials credentials;
    final Workload workload;
    final Failures failures = new Failures();
    private final List<Readers> readers = new ArrayList<>();
    private final int readerThreads;
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final long started = System.nanoTime();
    private long operations;
    private Duration recovery;

    CaseRun(String id, RealCredentials credentials, Cast cast, Workload.Size size, TransportOptions options,
            Clock clock) {
        this(id, credentials, cast, size, options, b -> b.clock(clock));
    }

    CaseRun(String id, RealCredentials credentials, Cast cast, Workload.Size size, TransportOptions options,
            java.util.function.UnaryOperator<dev.glanceshare.identity.KeystoneSession.Builder> ownerSession) {
        this.id = id;
        this.credentials = credentials;
        this.workload = new Workload(credentials, cast, size, IMAGE_PREFIX + id + "-" + System.currentTimeMillis(),
                options, ownerSession);
        workload.createImages();
        operations += size.images();
        this.readerThreads = size.readers();
        readersOn();
    }

    /** Starts a set of reader threads on the workload's client. */
    void readersOn() {
        Readers r = new Readers(workload.glance, workload.imageIds(), workload.ownerProject(), failures);
        readers.add(r);
        r.start(readerThreads);
    }

    /**
     * Stops the current readers.
     *
     * @param bound how long a call may still take
     * @return the readers still running after it (hung)
     */
    int readersOff(Duration bound) throws InterruptedException {
        return readers.isEmpty() ? 0 : readers.get(readers.size() - 1).stop(bound);
    }

    private long sum(java.util.function.ToLongFunction<Readers> f) {
        return readers.stream().mapToLong(f).sum();
    }

    /** @return reader calls that succeeded so far */
    long readsOk() {
        return sum(Readers::ok);
    }

    /** @return reader calls so far */
    long reads() {
        return sum(Readers::calls);
    }

    private Duration longestRead() {
        return readers.stream().map(Readers::longest).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Shares in bulk and counts every pair's outcome and every failed pair's typed error. */
    BulkResult share(String label, BulkProgress progress) {
        return count(label, workload.share(progress));
    }

    /**
     * The member side accepts everything, 4 projects at a time; counted like {@link #share}. A project
     * whose whole call fails (its session cannot authenticate) is tried again, up to 3 times.
     */
    void acceptAll(String label) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (String project : workload.projectIds()) {
                all.add(pool.submit(() -> acceptWithRetries(label, project)));
            }
            for (java.util.concurrent.Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void acceptWithRetries(String label, String project) {
        for (int attempt = 1; ; attempt++) {
            try {
                count(label, call(label + " call", () -> workload.accept(project)));
                return;
            } catch (OpenStackException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    synchronized BulkResult count(String label, BulkResult result) {
        for (ItemResult item : result.items()) {
            operations++;
            outcomes.merge(label + " " + item.outcome(), 1L, Long::sum);
            if (item.outcome() == Outcome.FAILED) {
                item.error().ifPresentOrElse(e -> failures.record(label, e),
                        () -> failures.record(label, new IllegalStateException("FAILED without an error: " + item)));
            }
        }
        return result;
    }

    /** Runs a call of the case's own (not a reader's), counting it and its failure. */
    <T> T call(String label, java.util.function.Supplier<T> call) {
        synchronized (this) {
            operations++;
        }
        try {
            return call.get();
        } catch (RuntimeException e) {
            failures.record(label, e);
            throw e;
        }
    }

    /**
     * Calls the workload's client (same pool, same session) every 100 ms until a read succeeds, so that the
     * client is shown to work again without being rebuilt.
     *
     * @param since when to start, {@link System#nanoTime()}
     * @return {@link System#nanoTime()} at the first success
     */
    long recover(long since) throws InterruptedException {
        String image = workload.imageIds().get(0);
        long deadline = since + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                call("probe", () -> workload.glance.images().get(image));
                return System.nanoTime();
            } catch (OpenStackException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("case " + id + ": the client did not recover within 4 minutes; failures so far: "
                + failures.counts());
    }

    /** Records the time to recover that the report gives. */
    void recovered(Duration value) {
        recovery = value;
    }

    void note(String text) {
        String line = String.format("[%.1f s] %s", (System.nanoTime() - started) / 1e9, text);
        notes.add(line);
        System.out.println("[case " + id + "] " + line);
    }

    /**
     * Stops the readers and reads the end state with a clean client.
     *
     * @param acceptedExpected whether every member must be accepted
     * @return the figures
     */
    Report finish(boolean acceptedExpected, Duration readBound) throws InterruptedException {
        int hung = 0;
        for (Readers r : readers) {
            hung += r.stop(readBound);
        }
        int leased = workload.leased();
        EndState end;
        try (EndState.Reader clean = new EndState.Reader(credentials)) {
            end = clean.read(workload.intended(), acceptedExpected, workload.runName());
        }
        Report r = new Report(id, operations + sum(Readers::calls), sum(Readers::calls), sum(Readers::ok), outcomes,
                failures.counts(), failures.untyped(), failures.untypedSamples(), end, workload.authRequests(),
                workload.ownerTransport.unauthorized.sum() + workload.memberTransport.unauthorized.sum(), leased,
                hung, longestRead(), recovery, Duration.ofNanos(System.nanoTime() - started), List.copyOf(notes));
        System.out.println(r.text());
        write(r);
        return r;
    }

    private static void write(Report r) {
        Path out = Path.of(System.getProperty("glanceshare.faults.out", "target/reliability"), "figures.txt");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, r.text() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            for (Readers r : readers) {
                r.stop(Duration.ofMinutes(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workload.close();
        try (EndState.Reader clean = new EndState.Reader(credentials)) {
            clean.deleteNamed(workload.runName());
        } catch (RuntimeException e) {
            System.out.println("[case " + id + "] images not deleted (next run deletes them): " + e);
        }
    }
}
