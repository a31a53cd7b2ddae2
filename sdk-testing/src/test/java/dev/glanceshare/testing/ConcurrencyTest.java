package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends GlanceFixture {

    private List<Integer> runAll(int threads, List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentMemberAddsAllLand() throws Exception {
        String id = create(alt, "{}");
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String member = "p" + i;
            tasks.add(() -> post(alt, "/images/" + id + "/members", "{\"member\": \"" + member + "\"}").status());
        }
        assertThat(runAll(8, tasks)).containsOnly(200);
        assertThat(fake.members(id)).hasSize(100);
    }

    @Test
    void concurrentDuplicateAddsYieldExactlyOneSuccess() throws Exception {
        String id = create(alt, "{}");
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tasks.add(() -> post(alt, "/images/" + id + "/members", "{\"member\": \"same\"}").status());
        }
        List<Integer> statuses = runAll(8, tasks);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(39);
    }

    @Test
    void concurrentAuthenticationsAndListingsAllSucceed() throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean auth = i % 2 == 0;
            tasks.add(() -> auth
                    ? Wire.request("POST", fake.identityUrl() + "/auth/tokens")
                            .jsonBody(KeystoneTest.passwordAuth("alt", "alt-secret", null)).send().status()
                    : get(alt, "/images").status());
        }
        assertThat(runAll(8, tasks)).containsOnly(201, 200);
    }
}
