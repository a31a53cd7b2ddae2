package dev.glanceshare.image.model;

import java.util.Set;

/** The names of Glance's standard image fields; everything else in an image body is a custom property. */
public final class ImageFields {
    /** Standard fields of a Glance v2 image, including read-only and link fields. */
    public static final Set<String> STANDARD = Set.of(
            "id", "name", "status", "visibility", "protected", "os_hidden", "owner", "checksum", "os_hash_algo",
            "os_hash_value", "size", "virtual_size", "min_disk", "min_ram", "disk_format", "container_format",
            "created_at", "updated_at", "tags", "self", "file", "schema", "direct_url", "locations",
            "stores");

    private ImageFields() {}
}
