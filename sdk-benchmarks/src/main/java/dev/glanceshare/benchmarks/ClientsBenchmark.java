package dev.glanceshare.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one task ({@link Op}) through one client, against the fake in the same JVM. Set the threads with
 * {@code -t}, add {@code -prof gc} for allocation per operation (which includes the fake's own share,
 * the same for every client). For example:
 *
 * <pre>
 * java -cp "$(cat sdk-benchmarks/target/classpath.txt):sdk-benchmarks/target/classes" org.openjdk.jmh.Main \
 *     ClientsBenchmark -t 8 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ClientsBenchmark {
    /** Which client: raw HttpClient 5, glanceshare or openstack4j. */
    @Param({"raw", "sdk", "os4j"})
    public String client;

    /** Which task. */
    @Param({"IMAGE_GET", "MEMBER_GET", "ADD_REMOVE"})
    public Op op;

    private Fixture fixture;
    private SdkContender sdk;
    private Contender contender;
    private final AtomicInteger threads = new AtomicInteger();

    /** Starts the fake and the client. */
    @Setup(Level.Trial)
    public void start() {
        fixture = Fixture.start();
        sdk = new SdkContender(fixture);
        contender = switch (client) {
            case "raw" -> new RawContender(fixture, sdk);
            case "sdk" -> sdk;
            case "os4j" -> new Os4jContender(fixture);
            default -> throw new IllegalArgumentException("client must be raw, sdk or os4j: " + client);
        };
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        if (contender != sdk) {
            contender.close();
        }
        sdk.close();
        fixture.close();
    }

    /** What one JMH thread runs. */
    @State(Scope.Thread)
    public static class Worker {
        Runnable task;

        /**
         * @param b the benchmark's shared state
         */
        @Setup(Level.Trial)
        public void bind(ClientsBenchmark b) {
            task = b.contender.worker(b.op, b.threads.getAndIncrement());
        }
    }

    /**
     * @param worker this thread's task
     */
    @Benchmark
    public void task(Worker worker) {
        worker.task.run();
    }
}
