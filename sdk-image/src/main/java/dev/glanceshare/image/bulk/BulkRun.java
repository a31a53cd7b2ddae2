package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The state of one bulk run: the results so far, progress, and whether it must stop. */
final class BulkRun {
    private final BulkOptions options;
    private final CancellationToken cancellation;
    private final ItemResult[] results;
    private final Object progressLock = new Object();
    private int done;
    private volatile boolean stopped;
    private Dispatcher dispatcher;

    BulkRun(BulkOptions options, int total) {
        this.options = options;
        this.cancellation = options.cancellation().orElseGet(CancellationToken::new);
        this.results = new ItemResult[total];
    }

    BulkOptions options() {
        return options;
    }

    CancellationToken cancellation() {
        return cancellation;
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    /** Why new work must not start, or null when it may. */
    String haltReason() {
        if (cancellation.isCancelled()) {
            return "cancelled";
        }
        return stopped ? "stopped after an earlier failure (stopOnFailure)" : null;
    }

    void record(Pair p, Outcome outcome, String reason, OpenStackException error, int attempts) {
        ItemResult r = new ItemResult(p.imageId(), p.projectId(), outcome, reason, error, attempts);
        if (outcome == Outcome.FAILED && options.stopOnFailure()) {
            stopped = true;
        }
        synchronized (progressLock) {
            if (results[p.index()] != null) {
                throw new IllegalStateException("pair settled twice: " + r);
            }
            results[p.index()] = r;
            done++;
            options.progress().onProgress(done, results.length);
        }
    }

    void notAttempted(List<Pair> pairs, String reason, OpenStackException error) {
        pairs.forEach(p -> record(p, Outcome.NOT_ATTEMPTED, reason, error, 0));
    }

    /**
     * Runs {@code start} on the calling thread, which submits work to the dispatcher, then waits for all of
     * it. A pool the run creates is shut down here; a caller's executor is left alone.
     */
    BulkResult execute(Runnable start) {
        runOn(options, cancellation::cancel, d -> {
            dispatcher = d;
            start.run();
        });
        List<ItemResult> list = new ArrayList<>(Arrays.asList(results));
        if (list.contains(null)) {
            throw new IllegalStateException("a pair was never settled; this is a bug in the bulk run");
        }
        return new BulkResult(list, cancellation.isCancelled());
    }

    /**
     * Gives {@code start} a dispatcher bounded by the options' parallelism, then waits until all the work
     * it submitted is done; {@code onInterrupt} runs if the caller is interrupted meanwhile. A pool created here is shut down here; a caller's executor is left alone.
     */
    static void runOn(BulkOptions options, Runnable onInterrupt, java.util.function.Consumer<Dispatcher> start) {
        ExecutorService owned = options.executor().isPresent() ? null
                : Executors.newFixedThreadPool(options.parallelism(), daemonThreads());
        try {
            Dispatcher d = new Dispatcher(owned != null ? owned : options.executor().get(), options.parallelism());
            try {
                start.accept(d);
            } finally {
                d.awaitIdle(onInterrupt); // even when start fails: never return while tasks still run
            }
        } finally {
            if (owned != null) {
                owned.shutdown();
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "glanceshare-bulk-" + n.incrementAndGet());
            t.setDaemon(true); // a forgotten run must not keep the JVM alive
            return t;
        };
    }
}
