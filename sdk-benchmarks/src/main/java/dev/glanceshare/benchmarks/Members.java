package dev.glanceshare.benchmarks;

import java.util.Locale;

/** Member projects used by the throughput tasks. */
final class Members {
    private Members() {}

    /**
     * Makes {@code demo} a member of the demo image (idempotent), for {@link Op#MEMBER_GET}.
     *
     * @param fixture the fake
     * @return the member project ID
     */
    static String memberOf(Fixture fixture) {
        fixture.seedMember(fixture.seed().imageId(), fixture.seed().demoProjectId(), "accepted");
        return fixture.seed().demoProjectId();
    }

    /**
     * @param thread a thread index
     * @return a project ID (32 hex digits, like Keystone's) used only by that thread's add and remove
     */
    static String projectFor(int thread) {
        return String.format(Locale.ROOT, "b3c4%028x", thread);
    }
}
