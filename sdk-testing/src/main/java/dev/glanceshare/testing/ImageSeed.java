package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.image.ImageSeeding;
import dev.glanceshare.testing.internal.image.SeedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An image to seed, from {@link FakeSeeder#image(String)}; call {@link #create()} to store it. Seeding
 * bypasses Glance's policy and quota checks, so any owner, visibility and member list is possible. Not
 * thread-safe.
 *
 * <pre>{@code
 * String imageId = fake.seed().image("shared-img").owner(altProjectId).visibility("shared")
 *     .tags("blue").property("os_distro", "cirros").data(new byte[] {1, 2, 3})
 *     .member(demoProjectId, "accepted").create();
 * }</pre>
 */
public final class ImageSeed {
    private final ImageSeeding seeding;
    private final String name;
    private String id = UUID.randomUUID().toString();
    private String owner;
    private String visibility = "shared";
    private boolean protectedImage;
    private boolean hidden;
    private String diskFormat;
    private String containerFormat;
    private long minDisk;
    private long minRam;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private byte[] data;
    private final Map<String, String> members = new LinkedHashMap<>();

    ImageSeed(ImageSeeding seeding, String name) {
        this.seeding = seeding;
        this.name = name;
    }

    /**
     * @param imageId the image ID (default: a random UUID)
     * @return this
     */
    public ImageSeed id(String imageId) {
        this.id = Objects.requireNonNull(imageId, "imageId");
        return this;
    }

    /**
     * @param projectId the owning project's ID (default: none, which Glance shows to everybody)
     * @return this
     */
    public ImageSeed owner(String projectId) {
        this.owner = Objects.requireNonNull(projectId, "projectId");
        return this;
    }

    /**
     * @param value public, community, shared (the default, as in Glance) or private
     * @return this
     */
    public ImageSeed visibility(String value) {
        this.visibility = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * @param value whether deleting the image is refused
     * @return this
     */
    public ImageSeed protectedImage(boolean value) {
        this.protectedImage = value;
        return this;
    }

    /**
     * @param value the {@code os_hidden} flag
     * @return this
     */
    public ImageSeed hidden(boolean value) {
        this.hidden = value;
        return this;
    }

    /**
     * @param disk e.g. {@code qcow2} or {@code raw}
     * @param container e.g. {@code bare}
     * @return this
     */
    public ImageSeed formats(String disk, String container) {
        this.diskFormat = disk;
        this.containerFormat = container;
        return this;
    }

    /**
     * @param disk {@code min_disk} in GB
     * @param ram {@code min_ram} in MB
     * @return this
     */
    public ImageSeed minimums(long disk, long ram) {
        this.minDisk = disk;
        this.minRam = ram;
        return this;
    }

    /**
     * @param values tags to add
     * @return this
     */
    public ImageSeed tags(String... values) {
        tags.addAll(List.of(values));
        return this;
    }

    /**
     * @param key a custom property name
     * @param value its value
     * @return this
     */
    public ImageSeed property(String key, String value) {
        properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Gives the image data: it becomes {@code active} with size, checksum and sha512 set; formats default to
     * raw/bare if unset.
     *
     * @param bytes the image bytes (copied)
     * @return this
     */
    public ImageSeed data(byte[] bytes) {
        this.data = bytes.clone();
        return this;
    }

    /**
     * @param projectId the member project ID (any string)
     * @param status pending, accepted or rejected
     * @return this
     */
    public ImageSeed member(String projectId, String status) {
        members.put(Objects.requireNonNull(projectId, "projectId"), Objects.requireNonNull(status, "status"));
        return this;
    }

    /**
     * Stores the image.
     *
     * @return its ID
     * @throws IllegalArgumentException for an unknown visibility or member status, or a taken ID
     */
    public String create() {
        String disk = diskFormat == null && data != null ? "raw" : diskFormat;
        String container = containerFormat == null && data != null ? "bare" : containerFormat;
        return seeding.add(new SeedImage(id, name, owner, visibility, protectedImage, hidden, disk, container,
                minDisk, minRam, List.copyOf(tags), new LinkedHashMap<>(properties), data, new LinkedHashMap<>(members)));
    }
}
