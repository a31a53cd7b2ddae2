package dev.glanceshare.conformance.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;

/**
 * The same call from many threads at once, released together, so that each takes its own pooled
 * connection: how many succeeded and how the others failed.
 *
 * @param ok calls that succeeded
 * @param failures the others, by kind
 * @param sample the first failure's message, or empty
 */
record Burst(int ok, Map<String, Integer> failures, String sample) {

    int failed() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    static Burst run(int threads, IntConsumer call) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Map<String, Integer> failures = new TreeMap<>();
        int[] ok = {0};
        String[] sample = {""};
        List<Thread> all = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    call.accept(n);
                    synchronized (failures) {
                        ok[0]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.merge(Failures.kind(e), 1, Integer::sum);
                        if (sample[0].isEmpty()) {
                            sample[0] = String.valueOf(e.getMessage());
                        }
                    }
                }
            }, "burst-" + i);
            all.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : all) {
            t.join();
        }
        synchronized (failures) {
            return new Burst(ok[0], Map.copyOf(failures), sample[0]);
        }
    }

    @Override
    public String toString() {
        return ok + " ok" + (failures.isEmpty() ? "" : ", failed " + failures);
    }
}
