package dev.glanceshare.conformance.reliability;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.ImageListOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reader threads on the workload's one client, for the whole case: each loops over reading an image, its
 * member list, or a page of the owner's images, counting every call, every failure by kind and the longest
 * call (a hung thread shows as a call that never ends, which {@link #stop} reports).
 */
final class Readers {
    private final GlanceClient glance;
    private final List<String> imageIds;
    private final String owner;
    private final Failures failures;
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final AtomicLong longestNanos = new AtomicLong();
    private volatile boolean stopping;

    Readers(GlanceClient glance, List<String> imageIds, String owner, Failures failures) {
        this.glance = glance;
        this.imageIds = List.copyOf(imageIds);
        this.owner = owner;
        this.failures = failures;
    }

    void start(int count) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(this::loop, "reader-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void loop() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!stopping) {
            String image = imageIds.get(random.nextInt(imageIds.size()));
            long t0 = System.nanoTime();
            try {
                switch (random.nextInt(3)) {
                    case 0 -> glance.images().get(image);
                    case 1 -> glance.images().members(image).list();
                    default -> glance.images().list(ImageListOptions.builder().owner(owner).build()).pages().next();
                }
                ok.increment();
            } catch (RuntimeException | Error e) {
                failures.record("read", e);
                // a failing service answers at once: do not spin on it
                pause(50);
            } finally {
                calls.increment();
                longestNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the readers and waits for each.
     *
     * @param bound how long a call may still take
     * @return the threads still running after the bound (hung): 0 expected
     */
    int stop(Duration bound) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + bound.toNanos();
        int hung = 0;
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (t.isAlive()) {
                hung++;
            }
        }
        return hung;
    }

    long calls() {
        return calls.sum();
    }

    long ok() {
        return ok.sum();
    }

    Duration longest() {
        return Duration.ofNanos(longestNanos.get());
    }
}
