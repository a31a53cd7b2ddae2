package dev.glanceshare.testing.internal.image;

import java.util.List;
import java.util.Map;

/**
 * An image to put straight into the store, bypassing the API (and its policy and quota checks).
 *
 * @param id the image ID
 * @param name the name, or null
 * @param owner the owning project, or null
 * @param visibility public, community, shared or private
 * @param protectedImage the protected flag
 * @param hidden os_hidden
 * @param diskFormat the disk format, or null
 * @param containerFormat the container format, or null
 * @param minDisk min_disk
 * @param minRam min_ram
 * @param tags tags, in order
 * @param properties custom properties, in order
 * @param data image bytes (the image is then active), or null (queued)
 * @param members member ID to status, in order
 */
public record SeedImage(String id, String name, String owner, String visibility, boolean protectedImage,
        boolean hidden, String diskFormat, String containerFormat, long minDisk, long minRam, List<String> tags,
        Map<String, String> properties, byte[] data, Map<String, String> members) {
}
