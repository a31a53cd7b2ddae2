package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.bulk.ImageSharing;
import dev.glanceshare.image.bulk.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/BENCHMARKS.md: 5,000 pairs (50 images x 100 projects) at parallelism 1, 8 and 32,
 * and an audit of 1,000 images, with the fake adding 15 ms to each member request (about what a real
 * Glance spends on one), so the figures show waiting overlapped rather than this machine's CPU. Writes
 * {@code target/bulk-benchmark.md}. Run with
 * {@code ./mvnw -B -q -pl sdk-testing -am verify -Plong -Dtest=BulkBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("long")
class BulkBenchmark {
    private static final Duration MEMBER_LATENCY = Duration.ofMillis(15);
    private static final double CLI_SECONDS_PER_PAIR = 2.0;
    private static final int CLI_REQUESTS_PER_PAIR = 5;

    @Test
    void fiveThousandPairsAndAThousandImageAudit() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| parallelism | pairs | Glance requests | expected (pairs + images) | wall time | vs sequential |\n")
                .append("|---:|---:|---:|---:|---:|---:|\n");
        double sequential = 0;
        for (int parallelism : new int[] {1, 8, 32}) {
            try (BulkFixture f = BulkFixture.start()) {
                f.fake.setLatency(RequestClass.MEMBER, MEMBER_LATENCY);
                List<String> images = f.images(50);
                List<String> projects = BulkFixture.projects(100);
                Map<String, List<String>> work = new LinkedHashMap<>();
                images.forEach(image -> work.put(image, projects));
                GlanceClient alt = f.client("alt");
                alt.images().list(dev.glanceshare.image.model.ImageListOptions.none()).iterator().hasNext(); // warm: token
                f.fake.journal().clear();

                long start = System.nanoTime();
                BulkResult result = alt.bulk(BulkOptions.builder().parallelism(parallelism).build()).share(work);
                double seconds = (System.nanoTime() - start) / 1e9;

                assertThat(result.count(Outcome.ADDED)).isEqualTo(5000);
                assertThat(f.imageRequests()).isEqualTo(5000 + 50);
                if (parallelism == 1) {
                    sequential = seconds;
                }
                md.append(String.format("| %d | 5,000 | %,d | 5,050 | %.1f s | %.1f× |%n", parallelism,
                        f.imageRequests(), seconds, sequential / seconds));
            }
        }
        md.append(String.format("| CLI (`openstack image add project`, measured) | 5,000 | %,d | | about %,.0f s (%.1f h) | |%n",
                5000 * CLI_REQUESTS_PER_PAIR, 5000 * CLI_SECONDS_PER_PAIR, 5000 * CLI_SECONDS_PER_PAIR / 3600));

        md.append("\n| audit | images (shared) | Glance requests | wall time |\n|---|---:|---:|---:|\n");
        try (BulkFixture f = BulkFixture.start()) {
            f.fake.setLatency(RequestClass.MEMBER, MEMBER_LATENCY);
            List<String> images = f.images(1000);
            List<String> members = BulkFixture.projects(3);
            images.forEach(image -> members.forEach(m -> f.fake.seed().member(image, m, "accepted")));
            GlanceClient alt = f.client("alt");
            for (int parallelism : new int[] {1, 8}) {
                alt.images().list(dev.glanceshare.image.model.ImageListOptions.none()).iterator().hasNext();
                f.fake.journal().clear();
                long start = System.nanoTime();
                List<ImageSharing> audit = alt.bulk(BulkOptions.builder().parallelism(parallelism).build()).audit();
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(audit).hasSize(1000).allSatisfy(a -> assertThat(a.members()).hasSize(3));
                md.append(String.format("| parallelism %d | 1,000 (1,000) | %,d | %.1f s |%n", parallelism,
                        f.imageRequests(), seconds));
            }
        }
        Files.writeString(Path.of("target", "bulk-benchmark.md"), md.toString());
        System.out.println(md);
    }
}
