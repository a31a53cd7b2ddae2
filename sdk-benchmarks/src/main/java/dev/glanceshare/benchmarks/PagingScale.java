package dev.glanceshare.benchmarks;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.testing.Service;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Paging at scale (issue 7, item 4): seeds N images in the fake, iterates them all with a warm client at
 * page size 1000, and reports the Glance requests sent and the heap growth while iterating. The heap is
 * measured after a full GC every {@code sampleEvery} images (the fake's own N images are already in the
 * baseline), so the growth is what the iteration holds: one page, not N. The fake's request journal, which
 * gains an entry per page, is counted and emptied at each sample, so that it does not pass for the client's.
 *
 * <pre>
 * PagingScale [N=10000,100000] [page-size=1000]
 * </pre>
 */
public final class PagingScale {
    private PagingScale() {}

    /** @param args image counts, page size */
    public static void main(String[] args) {
        String[] counts = (args.length > 0 ? args[0] : "10000,100000").split(",");
        int pageSize = Integer.parseInt(args.length > 1 ? args[1] : "1000");
        System.out.println("| images | page size | pages | Glance requests | expected | heap growth while iterating (max, after GC) "
                + "| one page as a list, for scale | all N as a list, for scale | time s | load |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String c : counts) {
            run(Integer.parseInt(c.trim()), pageSize);
        }
    }

    static void run(int n, int pageSize) {
        try (Fixture fixture = Fixture.start();
                ApacheHttpTransport transport = Fixture.sdkTransport();
                KeystoneSession session = fixture.session("admin", transport);
                GlanceClient client = Fixture.client(session)) {
            String owner = fixture.seed().adminProjectId();
            for (int i = 0; i < n; i++) {
                fixture.fake().seed().image(String.format(Locale.ROOT, "scale-%07d", i)).owner(owner)
                        .visibility("private").create();
            }
            int total = n + 1; // and the demo image
            ImageListOptions options = ImageListOptions.builder().owner(owner).pageSize(pageSize).build();
            client.images().get(fixture.seed().imageId()); // warm: token and discovery done
            fixture.clearJournal();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long baseline = usedAfterGc(memory);
            long maxGrowth = 0;
            long seen = 0;
            long requests = 0;
            int sampleEvery = pageSize * Math.max(1, total / pageSize / 20); // about 20 samples per run
            long start = System.nanoTime();
            for (Image image : client.images().list(options)) {
                if (image.id().isEmpty()) {
                    throw new IllegalStateException("empty id");
                }
                if (++seen % sampleEvery == pageSize / 2) {
                    requests += takeImageRequests(fixture);
                    maxGrowth = Math.max(maxGrowth, usedAfterGc(memory) - baseline);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (seen != total) {
                throw new IllegalStateException("saw " + seen + " of " + total);
            }
            requests += takeImageRequests(fixture);
            int pages = (total + pageSize - 1) / pageSize;
            int expected = pages + (total % pageSize == 0 ? 1 : 0);
            long onePage = retainedBy(fixture, client, options, pageSize, memory, false);
            long all = n <= 100_000 ? retainedBy(fixture, client, options, pageSize, memory, true) : -1;
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f MB | %.1f MB | %s | %.1f | %s |%n", total,
                    pageSize, pages, requests, expected, maxGrowth / 1e6, onePage / 1e6,
                    all < 0 ? "not measured" : String.format(Locale.ROOT, "%.1f MB", all / 1e6), seconds, Load.uptime());
        }
    }

    /** @return how many Glance requests the fake's journal holds; it is emptied */
    private static int takeImageRequests(Fixture fixture) {
        int requests = fixture.fake().journal().requests(Service.IMAGE).size();
        fixture.clearJournal();
        return requests;
    }

    /** Heap held by a list of the first page's images, or of all of them. */
    private static long retainedBy(Fixture fixture, GlanceClient client, ImageListOptions options, int pageSize,
            MemoryMXBean memory, boolean all) {
        long before = usedAfterGc(memory);
        java.util.List<Image> kept = all ? client.images().list(options).stream().toList()
                : client.images().list(options).stream().limit(pageSize).toList();
        fixture.clearJournal(); // the fake's record of those requests is not the list's
        long after = usedAfterGc(memory);
        if (kept.isEmpty()) {
            throw new IllegalStateException("nothing listed");
        }
        return after - before;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
