package dev.glanceshare.benchmarks;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the observation hook costs per call: the same calls on the in-JVM fake with no observer (the default:
 * the SDK adds no observation step), with an observer whose callbacks do nothing (the hook's own machinery), and
 * with whatever observers {@link ObservationVariants} adds (sdk-micrometer on a {@code SimpleMeterRegistry}).
 *
 * <p>Each round runs every variant in turn (the order rotates), {@code calls} single-threaded calls each after a
 * warm-up; a variant's figure is the median, minimum and maximum over the rounds of microseconds per call (wall)
 * and of CPU microseconds per call (the whole process, client and fake). Then the hook alone, on an in-memory
 * transport ({@link InMemoryCalls}): the calling thread's CPU per call. Usage:
 * {@code java -cp "$CP" dev.glanceshare.benchmarks.ObservationOverhead [rounds] [calls]} (default 5 and 20000).
 */
public final class ObservationOverhead {
    private ObservationOverhead() {}

    /** One way to attach (or not) an observer. */
    record Variant(String name, Supplier<SdkObserver> observer) {}

    /**
     * @param args rounds and calls per round and variant
     * @throws Exception when the fake cannot start
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("no observer", () -> SdkObserver.NONE));
        variants.add(new Variant("observer, empty callbacks", () -> new SdkObserver() { }));
        variants.addAll(ObservationVariants.extra());
        System.out.println("observation overhead: " + rounds + " rounds x " + calls + " calls per variant and op, "
                + "1 thread, fake in this JVM; load average at start " + loadAverage());
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        try (Fixture fixture = Fixture.start()) {
            for (int round = 0; round < rounds; round++) {
                List<Variant> order = new ArrayList<>(variants);
                Collections.rotate(order, round);
                for (Variant v : order) {
                    for (Op op : List.of(Op.IMAGE_GET, Op.MEMBER_GET)) {
                        samples.computeIfAbsent(v.name() + "|" + op, k -> new ArrayList<>())
                                .add(measure(fixture, v, op, calls));
                    }
                }
            }
        }
        // The hook alone: the same rounds on an in-memory transport, CPU time of the calling thread.
        Map<String, List<double[]>> inMemory = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            Collections.rotate(order, round);
            for (Variant v : order) {
                double ns = InMemoryCalls.cpuNanosPerCall(v.observer().get(), calls * 10);
                inMemory.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(new double[] {ns / 1000.0});
            }
        }
        System.out.println("load average at end " + loadAverage());
        System.out.println();
        System.out.println("| variant | op | µs per call: median (min-max) | CPU µs per call: median (min-max) |");
        System.out.println("|---|---|---|---|");
        samples.forEach((key, list) -> {
            String[] parts = key.split("\\|");
            System.out.printf("| %s | %s | %s | %s |%n", parts[0], parts[1], stats(list, 0), stats(list, 1));
        });
        System.out.println();
        System.out.println("In memory (no network, no server): GET member through the standard pipeline and "
                + "ServiceCaller.json, " + calls * 10 + " calls per round");
        System.out.println();
        System.out.println("| variant | CPU µs per call: median (min-max) |");
        System.out.println("|---|---|");
        inMemory.forEach((name, list) -> System.out.printf("| %s | %s |%n", name, stats(list, 0)));
    }

    /** @return µs per call (wall) and process CPU µs per call */
    private static double[] measure(Fixture fixture, Variant v, Op op, int calls) {
        SdkObserver observer = v.observer().get();
        TransportOptions options = TransportOptions.builder().maxConnections(Fixture.POOL)
                .maxConnectionsPerRoute(Fixture.POOL).observer(observer).build();
        try (ApacheHttpTransport transport = ApacheHttpTransport.create(options);
                KeystoneSession session = fixture.session("admin", transport);
                GlanceClient client = Fixture.client(session)) {
            Runnable call = new SdkContender(fixture, client).worker(op, 0);
            for (int i = 0; i < Math.max(2000, calls / 5); i++) {
                call.run();
            }
            long cpu = fixture.cpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                call.run();
            }
            double wall = (System.nanoTime() - start) / 1000.0 / calls;
            return new double[] {wall, (fixture.cpuNanos() - cpu) / 1000.0 / calls};
        } finally {
            fixture.clearJournal(); // the fake records every request; a long run would fill the heap
            if (observer instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) observer).close();
                } catch (Exception ignored) {
                    // a benchmark's observer has nothing worth reporting on close
                }
            }
        }
    }

    private static String stats(List<double[]> list, int index) {
        List<Double> values = new ArrayList<>();
        list.forEach(a -> values.add(a[index]));
        Collections.sort(values);
        double median = values.size() % 2 == 1 ? values.get(values.size() / 2)
                : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
        return String.format("%.1f (%.1f-%.1f)", median, values.get(0), values.get(values.size() - 1));
    }

    private static String loadAverage() {
        return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
