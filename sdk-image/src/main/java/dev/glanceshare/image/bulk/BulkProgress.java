package dev.glanceshare.image.bulk;

/**
 * Told each time a pair is settled. Calls come from the run's worker threads but never overlap, and
 * {@code done} only grows; keep it quick, since a worker waits for it.
 *
 * <pre>{@code
 * BulkOptions.builder().progress((done, total) -> System.out.printf("%d of %d%n", done, total)).build();
 * }</pre>
 */
@FunctionalInterface
public interface BulkProgress {
    /** A callback that does nothing. */
    BulkProgress NONE = (done, total) -> { };

    /**
     * @param done pairs settled so far
     * @param total pairs in the run
     */
    void onProgress(int done, int total);
}
