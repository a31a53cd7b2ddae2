package dev.glanceshare.testing.internal.image;

import java.time.Instant;
import java.util.List;

/**
 * How an image import runs, as Glance Zed's {@code api_image_import} flow does it with one file store:
 * status {@code importing} with an {@code os_glance_import_task} lock, then {@code active} (or back to
 * {@code queued} on failure) with {@code os_glance_importing_to_stores} and {@code os_glance_failed_import}
 * left empty. The fake never fetches anything: a {@code web-download} that passes the URI filter fails
 * as real Glance fails for a host it cannot reach.
 */
final class Imports {
    /** How long the fake's import takes; real Glance took well under 0.2 s for small images here. */
    static final long DURATION_NANOS = 100_000_000L;

    private Imports() {
    }

    /**
     * Starts an import (call inside the store lock, then put the record back).
     *
     * @param r the image, a copy
     * @param task the new task, status {@code processing}
     */
    static void start(ImageRecord r, ImportTask task) {
        r.status = "importing";
        r.properties.put("os_glance_import_task", task.id());
        r.properties.put("os_glance_importing_to_stores", "");
        r.properties.put("os_glance_failed_import", "");
        r.tasks.add(task);
        r.importDueNanos = System.nanoTime() + DURATION_NANOS;
    }

    /**
     * Ends a due import on the stored record itself.
     *
     * @param r the stored image
     * @param now the fake clock's time
     */
    static void finish(ImageRecord r, Instant now) {
        r.importDueNanos = 0;
        r.properties.remove("os_glance_import_task");
        ImportTask task = r.tasks.get(r.tasks.size() - 1);
        if (r.staged == null) { // web-download: nothing is ever fetched
            r.status = "queued";
            replaceLast(r, task.finish("failure", "Task failed due to Internal Error", now));
            r.updatedAt = now;
            return;
        }
        byte[] data = r.staged;
        r.staged = null;
        r.data = data;
        r.size = (long) data.length;
        r.virtualSize = "raw".equals(r.diskFormat) ? Long.valueOf(data.length) : null;
        r.checksum = ImageSeeding.hex("MD5", data);
        r.osHashAlgo = "sha512";
        r.osHashValue = ImageSeeding.hex("SHA-512", data);
        r.status = "active";
        r.updatedAt = now;
        replaceLast(r, task.finish("success", "Copied " + (data.length / (1024 * 1024)) + " MiB", now));
    }

    private static void replaceLast(ImageRecord r, ImportTask task) {
        List<ImportTask> tasks = r.tasks;
        tasks.set(tasks.size() - 1, task);
    }
}
