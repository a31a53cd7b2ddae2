package dev.glanceshare.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Throughput of raw HttpClient 5, glanceshare and openstack4j on the same fake, side by side: for each
 * task and thread count, every contender runs in turn, and the rounds alternate so that background load
 * hits all of them alike. Prints a Markdown table (ops/s, median of the rounds, and ratios) and writes
 * the chart {@code docs/benchmarks-throughput.svg}.
 *
 * <pre>
 * Throughput [seconds-per-measurement=2] [rounds=3] [threads=1,8,64] [svg=docs/benchmarks-throughput.svg]
 *            [contenders=raw,sdk,os4j]
 * </pre>
 *
 * <p>By default the fake runs in this JVM. With {@code -Dbench.fake=process} it runs in a child JVM
 * ({@link Fixture#startProcess}), pinned to the CPUs of {@code -Dbench.fakeCpus} when given. A JVM cannot pin
 * itself once started, so the caller pins the client: {@code taskset -c 1 java -Dbench.clientCpus=1 ...};
 * {@code bench.clientCpus} only makes the run stop when this JVM is not pinned that way.
 */
public final class Throughput {
    private Throughput() {}

    /**
     * One measured cell, medians of the rounds.
     *
     * @param op the task
     * @param threads thread count
     * @param opsPerSecond operations per second by contender
     * @param cpuMicrosPerOp CPU time of the whole process (client and fake) per operation, by contender: unlike
     *     ops/s it does not depend on how much of the machine other processes take
     */
    record Cell(Op op, int threads, Map<String, Double> opsPerSecond, Map<String, Double> cpuMicrosPerOp) {
        Cell(Op op, int threads, Map<String, Double> opsPerSecond) {
            this(op, threads, opsPerSecond, Map.of());
        }
    }

    /** Ops/s and process CPU µs per op of one measurement. */
    record Sample(double opsPerSecond, double cpuMicrosPerOp) {}

    /** System property: the CPUs this JVM must have been pinned to by the caller ({@code taskset -c}). */
    static final String CLIENT_CPUS_PROPERTY = "bench.clientCpus";

    /**
     * @param list a CPU list as {@code taskset -c} and {@code /proc} write it, for example {@code 0-2,5}
     * @return the CPUs in it
     */
    static java.util.SortedSet<Integer> cpuSet(String list) {
        java.util.SortedSet<Integer> cpus = new java.util.TreeSet<>();
        for (String part : list.trim().split(",")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0].trim());
            int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** @return the CPUs this JVM may run on ({@code Cpus_allowed_list} of /proc), or null where unknown */
    static String allowedCpus() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Cpus_allowed_list:")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Checks {@value #CLIENT_CPUS_PROPERTY}: a run meant to pin the client but started without {@code taskset}
     * would otherwise measure the client and the fake on shared CPUs without saying so.
     *
     * @return a line saying which CPUs the client runs on
     * @throws IllegalStateException when the property is set and this JVM may run on other CPUs than it names
     */
    static String clientCpus() {
        String wanted = System.getProperty(CLIENT_CPUS_PROPERTY);
        String allowed = allowedCpus();
        if (wanted != null && !wanted.isBlank() && (allowed == null || !cpuSet(allowed).equals(cpuSet(wanted)))) {
            throw new IllegalStateException(CLIENT_CPUS_PROPERTY + "=" + wanted + " but this JVM may run on CPUs "
                    + allowed + ": start it as taskset -c " + wanted.trim() + " java ...");
        }
        return "client on CPUs " + (allowed == null ? "unknown" : allowed)
                + (wanted == null || wanted.isBlank() ? "" : " (" + CLIENT_CPUS_PROPERTY + "=" + wanted.trim() + ")");
    }

    /**
     * @param contender the client
     * @param op the task
     * @param threads how many threads
     * @param millis how long to measure (after a warm-up of half that)
     * @return operations per second
     */
    static double measure(Contender contender, Op op, int threads, long millis) throws InterruptedException {
        return sample(contender, op, threads, millis).opsPerSecond();
    }

    /**
     * @param contender the client
     * @param op the task
     * @param threads how many threads
     * @param millis how long to measure (after a warm-up of half that)
     * @return operations per second and CPU per operation of this process (client and a fake in this JVM)
     */
    static Sample sample(Contender contender, Op op, int threads, long millis) throws InterruptedException {
        return sample(contender, op, threads, millis, Fixture::processCpuNanos);
    }

    /**
     * @param contender the client
     * @param op the task
     * @param threads how many threads
     * @param millis how long to measure (after a warm-up of half that)
     * @param cpuNanos CPU time of the client and the fake so far
     * @return operations per second and CPU per operation
     */
    static Sample sample(Contender contender, Op op, int threads, long millis, LongSupplier cpuNanos)
            throws InterruptedException {
        LongAdder ops = new LongAdder();
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Runnable work = contender.worker(op, t);
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        work.run();
                        if (counting.get()) {
                            ops.increment();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, contender.name() + "-" + t);
            thread.start();
        }
        Thread.sleep(millis / 2);
        long cpu = cpuNanos.getAsLong();
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(millis);
        counting.set(false);
        long elapsed = System.nanoTime() - start;
        cpu = cpuNanos.getAsLong() - cpu;
        stop.set(true);
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(contender.name() + " failed on " + op, failures.get(0));
        }
        long count = Math.max(1, ops.sum());
        return new Sample(count * 1e9 / elapsed, cpu / 1e3 / count);
    }

    /**
     * @param contenders the clients, measured in this order each round
     * @param ops the tasks
     * @param threadCounts thread counts
     * @param millis per measurement
     * @param rounds rounds (the median is kept)
     * @return one cell per task and thread count
     * @throws InterruptedException when interrupted while measuring
     */
    public static List<Cell> run(List<Contender> contenders, List<Op> ops, int[] threadCounts, long millis, int rounds)
            throws InterruptedException {
        return run(contenders, ops, threadCounts, millis, rounds, Fixture::processCpuNanos);
    }

    /**
     * @param contenders the clients, measured in this order each round
     * @param ops the tasks
     * @param threadCounts thread counts
     * @param millis per measurement
     * @param rounds rounds (the median is kept)
     * @param cpuNanos CPU time of the client and the fake so far ({@link Fixture#cpuNanos()})
     * @return one cell per task and thread count
     * @throws InterruptedException when interrupted while measuring
     */
    public static List<Cell> run(List<Contender> contenders, List<Op> ops, int[] threadCounts, long millis, int rounds,
            LongSupplier cpuNanos) throws InterruptedException {
        // Warm every code path first: otherwise the first cell measured (1 thread, first task) also pays for
        // the JIT compiling that client's JSON and HTTP code, which shows up as CPU per op and lost throughput.
        for (Contender c : contenders) {
            for (Op op : ops) {
                sample(c, op, 2, millis, cpuNanos);
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (Op op : ops) {
            for (int threads : threadCounts) {
                Map<String, double[]> samples = new LinkedHashMap<>();
                Map<String, double[]> cpu = new LinkedHashMap<>();
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < contenders.size(); i++) {
                        // alternate the order each round, so no contender always runs first
                        Contender c = contenders.get((i + round) % contenders.size());
                        Sample sample = sample(c, op, threads, millis, cpuNanos);
                        samples.computeIfAbsent(c.name(), k -> new double[rounds])[round] = sample.opsPerSecond();
                        cpu.computeIfAbsent(c.name(), k -> new double[rounds])[round] = sample.cpuMicrosPerOp();
                    }
                }
                Map<String, Double> medians = new LinkedHashMap<>();
                Map<String, Double> cpuMedians = new LinkedHashMap<>();
                for (Contender c : contenders) {
                    medians.put(c.name(), median(samples.get(c.name())));
                    cpuMedians.put(c.name(), median(cpu.get(c.name())));
                }
                Cell cell = new Cell(op, threads, medians, cpuMedians);
                System.err.println(cell);
                cells.add(cell);
            }
        }
        return cells;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /**
     * @param cells measured cells
     * @return CPU µs per operation (client and fake together) by contender, as a Markdown table
     */
    public static String cpuMarkdown(List<Cell> cells) {
        StringBuilder sb = new StringBuilder("| task | threads |");
        List<String> names = new ArrayList<>(cells.get(0).cpuMicrosPerOp().keySet());
        names.forEach(n -> sb.append(' ').append(n).append(" CPU µs/op |"));
        sb.append('\n').append("|---".repeat(2 + names.size())).append("|\n");
        for (Cell c : cells) {
            sb.append("| ").append(c.op()).append(" | ").append(c.threads()).append(" |");
            names.forEach(n -> sb.append(String.format(Locale.ROOT, " %.0f |", c.cpuMicrosPerOp().get(n))));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * @param cells measured cells
     * @param baseline the contender others are divided by
     * @return a Markdown table with ratios to the baseline
     */
    public static String markdown(List<Cell> cells, String baseline) {
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>(cells.get(0).opsPerSecond().keySet());
        sb.append("| task | threads |");
        names.forEach(n -> sb.append(' ').append(n).append(" ops/s |"));
        names.stream().filter(n -> !n.equals(baseline)).forEach(n -> sb.append(' ').append(n).append(" / ")
                .append(baseline).append(" |"));
        sb.append('\n').append("|---".repeat(2 + names.size() * 2 - 1)).append("|\n");
        for (Cell c : cells) {
            sb.append("| ").append(c.op()).append(" | ").append(c.threads()).append(" |");
            names.forEach(n -> sb.append(String.format(Locale.ROOT, " %.0f |", c.opsPerSecond().get(n))));
            double base = c.opsPerSecond().get(baseline);
            names.stream().filter(n -> !n.equals(baseline)).forEach(n -> sb.append(
                    String.format(Locale.ROOT, " %.2f |", c.opsPerSecond().get(n) / base)));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * @param args seconds per measurement, rounds, thread counts, SVG path, contenders; the system properties
     *     {@code bench.fake}, {@code bench.fakeCpus} and {@code bench.clientCpus} choose where the fake runs, and
     *     {@code bench.cpu=client} counts only this JVM's CPU time
     * @throws InterruptedException when interrupted while measuring
     * @throws IOException when the chart cannot be written
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        long millis = (long) (1000 * Double.parseDouble(args.length > 0 ? args[0] : "2"));
        int rounds = Integer.parseInt(args.length > 1 ? args[1] : "3");
        int[] threads = Arrays.stream((args.length > 2 ? args[2] : "1,8,64").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        Path svg = Path.of(args.length > 3 ? args[3] : "docs/benchmarks-throughput.svg");
        String client = clientCpus();
        try (Fixture fixture = Fixture.fromSystemProperties();
                SdkContender sdk = new SdkContender(fixture);
                RawContender raw = new RawContender(fixture, sdk);
                Os4jContender os4j = new Os4jContender(fixture)) {
            System.out.println(fixture.describe() + "; " + client);
            List<String> chosen = List.of((args.length > 4 ? args[4] : "raw,sdk,os4j").split(","));
            List<Contender> contenders = new ArrayList<>();
            if (chosen.contains("raw")) {
                contenders.add(raw);
            }
            if (chosen.contains("sdk")) {
                contenders.add(sdk);
            }
            if (chosen.contains("os4j")) {
                contenders.add(os4j);
            }
            // bench.cpu=client counts this JVM's CPU only: with the fake in its own JVM, that is the client's alone.
            boolean clientOnly = "client".equals(System.getProperty("bench.cpu"));
            System.out.println("CPU counted: " + (clientOnly ? "this JVM only" : "this JVM and the fake's"));
            List<Cell> cells = run(contenders, List.of(Op.values()), threads, millis, rounds,
                    clientOnly ? Fixture::processCpuNanos : fixture::cpuNanos);
            System.out.println("raw requests sent again after a closed keep-alive connection: " + raw.resent());
            System.out.println("at the end: " + Load.uptime());
            System.out.print(markdown(cells, raw.name()));
            System.out.println();
            System.out.print(cpuMarkdown(cells));
            Path parent = svg.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String where = fixture.process() == null ? "" : ", fake in a separate JVM";
            Files.writeString(svg, Chart.svg(cells, "Throughput on the fake (ops/s, median of " + rounds + " rounds, "
                    + Load.uptime() + where + ")"));
            System.out.println("chart: " + svg);
        }
    }
}
