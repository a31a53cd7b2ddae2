package dev.glanceshare.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image as the fake holds it at one moment, read with {@link FakeOpenStack#images()} or
 * {@link FakeOpenStack#image(String)}. Immutable; later changes to the fake do not show here.
 *
 * @param id the image ID
 * @param name the name, if set
 * @param status queued, active, ...
 * @param visibility public, community, shared or private
 * @param isProtected whether deletion is refused
 * @param hidden the {@code os_hidden} flag
 * @param owner the owning project ID, if any
 * @param diskFormat the disk format, if set
 * @param containerFormat the container format, if set
 * @param minDisk {@code min_disk}
 * @param minRam {@code min_ram}
 * @param size the data size, once uploaded
 * @param checksum the md5 of the data, once uploaded
 * @param osHashValue the sha512 of the data, once uploaded
 * @param tags the tags, in the order added
 * @param properties custom properties, in the order added
 * @param createdAt creation time
 * @param updatedAt last change time
 * @param members every membership, whatever the image's visibility (they come back when it is shared again)
 */
public record ImageSnapshot(String id, Optional<String> name, String status, String visibility, boolean isProtected,
        boolean hidden, Optional<String> owner, Optional<String> diskFormat, Optional<String> containerFormat,
        long minDisk, long minRam, Optional<Long> size, Optional<String> checksum, Optional<String> osHashValue,
        List<String> tags, Map<String, String> properties, Instant createdAt, Instant updatedAt,
        List<MemberSnapshot> members) {

    /**
     * Copies the collections so the snapshot stays immutable.
     *
     * @param id see the record description
     * @param name see the record description
     * @param status see the record description
     * @param visibility see the record description
     * @param isProtected see the record description
     * @param hidden see the record description
     * @param owner see the record description
     * @param diskFormat see the record description
     * @param containerFormat see the record description
     * @param minDisk see the record description
     * @param minRam see the record description
     * @param size see the record description
     * @param checksum see the record description
     * @param osHashValue see the record description
     * @param tags see the record description
     * @param properties see the record description
     * @param createdAt see the record description
     * @param updatedAt see the record description
     * @param members see the record description
     */
    public ImageSnapshot {
        tags = List.copyOf(tags);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        members = List.copyOf(members);
    }
}
