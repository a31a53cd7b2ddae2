package dev.glanceshare.testing.internal.image;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One image's full state. Mutable on purpose: a change is applied to a {@link #copy()} and the copy is put
 * back only when the whole request succeeded, so a refused PATCH leaves nothing half-done. Guarded by the
 * {@link ImageStore} lock.
 */
public final class ImageRecord {
    String id;
    String name;
    String status = "queued";
    String visibility = "shared";
    boolean protectedImage;
    boolean hidden;
    String checksum;
    String osHashAlgo;
    String osHashValue;
    Long size;
    Long virtualSize;
    long minDisk;
    long minRam;
    String diskFormat;
    String containerFormat;
    String owner;
    Instant createdAt;
    Instant updatedAt;
    Set<String> tags = new LinkedHashSet<>();
    Map<String, String> properties = new LinkedHashMap<>();
    byte[] data; // null until uploaded; never modified after upload
    Map<String, MemberRecord> members = new LinkedHashMap<>();
    byte[] staged; // data staged for a glance-direct import; never modified
    java.util.List<ImportTask> tasks = new java.util.ArrayList<>(); // oldest first; tasks are immutable values
    long importDueNanos; // System.nanoTime() at which a running import ends (status importing)

    /** @return a deep copy (the data bytes are shared; they are never modified) */
    ImageRecord copy() {
        ImageRecord c = new ImageRecord();
        c.id = id;
        c.name = name;
        c.status = status;
        c.visibility = visibility;
        c.protectedImage = protectedImage;
        c.hidden = hidden;
        c.checksum = checksum;
        c.osHashAlgo = osHashAlgo;
        c.osHashValue = osHashValue;
        c.size = size;
        c.virtualSize = virtualSize;
        c.minDisk = minDisk;
        c.minRam = minRam;
        c.diskFormat = diskFormat;
        c.containerFormat = containerFormat;
        c.owner = owner;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.tags = new LinkedHashSet<>(tags);
        c.properties = new LinkedHashMap<>(properties);
        c.data = data;
        c.members = new LinkedHashMap<>(members);
        c.staged = staged;
        c.tasks = new java.util.ArrayList<>(tasks);
        c.importDueNanos = importDueNanos;
        return c;
    }

    /** @return the image ID */
    public String id() {
        return id;
    }

    /** @return the owning project, or null */
    public String owner() {
        return owner;
    }

    /** @return the visibility */
    public String visibility() {
        return visibility;
    }

    /** @return the members by member ID */
    public Map<String, MemberRecord> members() {
        return members;
    }
}
