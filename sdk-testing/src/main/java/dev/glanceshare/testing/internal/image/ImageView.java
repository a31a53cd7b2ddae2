package dev.glanceshare.testing.internal.image;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders images and members in Glance's JSON shapes, keys in the order Glance's serializer adds them. */
public final class ImageView {
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private ImageView() {
    }

    /**
     * Renders an image: custom properties first, then the base attributes, then the links.
     *
     * @param r the image
     * @return the JSON tree
     */
    public static Map<String, Object> image(ImageRecord r) {
        Map<String, Object> v = new LinkedHashMap<>(r.properties);
        v.put("name", r.name);
        v.put("disk_format", r.diskFormat);
        v.put("container_format", r.containerFormat);
        v.put("visibility", r.visibility);
        v.put("size", r.size);
        v.put("virtual_size", r.virtualSize);
        v.put("status", r.status);
        v.put("checksum", r.checksum);
        v.put("protected", r.protectedImage);
        v.put("min_ram", r.minRam);
        v.put("min_disk", r.minDisk);
        v.put("owner", r.owner);
        v.put("os_hidden", r.hidden);
        v.put("os_hash_algo", r.osHashAlgo);
        v.put("os_hash_value", r.osHashValue);
        v.put("id", r.id);
        v.put("created_at", isotime(r.createdAt));
        v.put("updated_at", isotime(r.updatedAt));
        v.put("tags", new ArrayList<>(r.tags));
        v.put("self", "/v2/images/" + r.id);
        v.put("file", "/v2/images/" + r.id + "/file");
        v.put("schema", "/v2/schemas/image");
        return v;
    }

    /**
     * Renders a member.
     *
     * @param m the member
     * @return the JSON tree
     */
    public static Map<String, Object> member(MemberRecord m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("member_id", m.memberId());
        v.put("image_id", m.imageId());
        v.put("status", m.status());
        v.put("created_at", isotime(m.createdAt()));
        v.put("updated_at", isotime(m.updatedAt()));
        v.put("schema", "/v2/schemas/member");
        return v;
    }

    /**
     * Glance's {@code timeutils.isotime}: UTC, seconds, {@code Z}.
     *
     * @param instant the time
     * @return for example {@code 2026-11-22T22:44:00Z}
     */
    public static String isotime(Instant instant) {
        return ISO.format(instant);
    }
}
