package dev.glanceshare.benchmarks;

import dev.glanceshare.testing.FakeOpenStack;
import java.util.Arrays;
import java.util.Locale;

/**
 * The fake itself (issue 7, item 6): time to start and stop one instance in a warm JVM (bare, and with
 * the demo seed), and requests per second it serves on 8 threads to the cheapest client there is (raw
 * HttpClient 5, in the same JVM, so the client's CPU is counted against the fake on this 2-core machine).
 *
 * <pre>
 * FakeServerBench [start-stop-iterations=200] [seconds=8]
 * </pre>
 *
 * <p>Each measurement warms for half its time first. Below about 8 s the JIT is still compiling the server's
 * JSON and HTTP code during the first rounds: 3 s gave 3,700 image GETs/s where 8 s gives 6,200 on an idle
 * machine.
 */
public final class FakeServerBench {
    private FakeServerBench() {}

    /**
     * @param args iterations, seconds per throughput measurement
     * @throws InterruptedException when interrupted while measuring
     */
    public static void main(String[] args) throws InterruptedException {
        int iterations = Integer.parseInt(args.length > 0 ? args[0] : "200");
        long millis = (long) (1000 * Double.parseDouble(args.length > 1 ? args[1] : "8"));
        System.out.println("| measurement | median | p90 | min | load |");
        System.out.println("|---|---|---|---|---|");
        startStop("start + close, bare", iterations, false);
        startStop("start + demo seed + close", iterations, true);
        try (Fixture fixture = Fixture.start();
                SdkContender sdk = new SdkContender(fixture);
                RawContender raw = new RawContender(fixture, sdk)) {
            System.out.println();
            System.out.println("| requests/s served on 8 threads | 3 rounds, median | process CPU µs per request "
                    + "(client + fake) | requests per CPU-second | load |");
            System.out.println("|---|---|---|---|---|");
            for (Op op : new Op[] {Op.IMAGE_GET, Op.MEMBER_GET}) {
                double[] r = new double[3];
                double[] cpu = new double[3];
                for (int i = 0; i < r.length; i++) {
                    Throughput.Sample sample = Throughput.sample(raw, op, 8, millis);
                    r[i] = sample.opsPerSecond() * raw.recorded(op).size();
                    cpu[i] = sample.cpuMicrosPerOp() / raw.recorded(op).size();
                }
                Arrays.sort(r);
                Arrays.sort(cpu);
                System.out.printf(Locale.ROOT, "| %s (%s) | %.0f | %.0f | %.0f | %s |%n", op,
                        raw.recorded(op).get(0).line().replaceAll("[0-9a-f]{32}|[0-9a-f-]{36}", "{id}"), r[1], cpu[1],
                        1e6 / cpu[1], Load.uptime());
            }
        }
    }

    private static void startStop(String label, int iterations, boolean seed) {
        for (int i = 0; i < Math.max(20, iterations / 4); i++) { // warm-up
            once(seed);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            nanos[i] = once(seed);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %s |%n", label, nanos[iterations / 2] / 1e6,
                nanos[iterations * 9 / 10] / 1e6, nanos[0] / 1e6, Load.uptime());
    }

    private static long once(boolean seed) {
        long start = System.nanoTime();
        FakeOpenStack fake = FakeOpenStack.builder().start();
        if (seed) {
            fake.seed().demo();
        }
        fake.close();
        return System.nanoTime() - start;
    }
}
