package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.ImageSnapshot;
import dev.glanceshare.testing.MemberSnapshot;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Direct state access for the public seeding and inspection API. */
public final class ImageSeeding {
    private static final List<String> MEMBER_STATUSES = List.of("pending", "accepted", "rejected");

    private final GlanceEnv env;

    /**
     * @param env the Glance state
     */
    public ImageSeeding(GlanceEnv env) {
        this.env = env;
    }

    /**
     * Stores a seeded image.
     *
     * @param seed the image
     * @return its ID
     */
    public String add(SeedImage seed) {
        if (!ImageSchema.VISIBILITIES.contains(seed.visibility())) {
            throw new IllegalArgumentException("visibility must be one of " + ImageSchema.VISIBILITIES);
        }
        ImageRecord r = new ImageRecord();
        r.id = seed.id();
        r.name = seed.name();
        r.owner = seed.owner();
        r.visibility = seed.visibility();
        r.protectedImage = seed.protectedImage();
        r.hidden = seed.hidden();
        r.diskFormat = seed.diskFormat();
        r.containerFormat = seed.containerFormat();
        r.minDisk = seed.minDisk();
        r.minRam = seed.minRam();
        r.tags.addAll(seed.tags());
        r.properties.putAll(seed.properties());
        Instant now = env.now();
        r.createdAt = now;
        r.updatedAt = now;
        if (seed.data() != null) {
            byte[] data = seed.data().clone();
            r.data = data;
            r.size = (long) data.length;
            // Real Glance (Zed) reports a raw image's virtual size as its byte count and leaves it null for
            // qcow2, iso, vmdk and ami uploads without inspection (found by the conformance suite).
            r.virtualSize = "raw".equals(r.diskFormat) ? Long.valueOf(data.length) : null;
            r.checksum = hex("MD5", data);
            r.osHashAlgo = "sha512";
            r.osHashValue = hex("SHA-512", data);
            r.status = "active";
        }
        seed.members().forEach((member, status) -> r.members.put(member, member(r.id, member, status, now)));
        env.store().locked(() -> {
            if (env.store().get(r.id).isPresent()) {
                throw new IllegalArgumentException("an image with ID " + r.id + " already exists");
            }
            env.store().put(r);
            return null;
        });
        return r.id;
    }

    /**
     * Adds or replaces a membership.
     *
     * @param imageId the image
     * @param memberId the member
     * @param status its status
     * @return the membership
     */
    public MemberSnapshot addMember(String imageId, String memberId, String status) {
        return env.store().locked(() -> {
            ImageRecord r = env.store().get(imageId)
                    .orElseThrow(() -> new IllegalArgumentException("no image " + imageId));
            MemberRecord m = member(imageId, memberId, status, env.now());
            r.members.put(memberId, m);
            env.store().put(r);
            return snapshot(m);
        });
    }

    /** @return snapshots of every image, in creation order */
    public List<ImageSnapshot> all() {
        return env.store().locked(() -> env.store().all().stream().map(ImageSeeding::snapshot).toList());
    }

    /**
     * @param id an image ID
     * @return its snapshot, if it exists
     */
    public Optional<ImageSnapshot> one(String id) {
        return env.store().locked(() -> env.store().get(id).map(ImageSeeding::snapshot));
    }

    /**
     * @param id an image ID
     * @return a copy of its data, if it exists and has data
     */
    public Optional<byte[]> data(String id) {
        return env.store().locked(() -> env.store().get(id).map(r -> r.data).map(byte[]::clone));
    }

    private static MemberRecord member(String imageId, String memberId, String status, Instant now) {
        if (!MEMBER_STATUSES.contains(status)) {
            throw new IllegalArgumentException("member status must be one of " + MEMBER_STATUSES);
        }
        return new MemberRecord(imageId, memberId, status, now, now);
    }

    private static ImageSnapshot snapshot(ImageRecord r) {
        List<MemberSnapshot> members = new ArrayList<>();
        r.members.values().forEach(m -> members.add(snapshot(m)));
        return new ImageSnapshot(r.id, Optional.ofNullable(r.name), r.status, r.visibility, r.protectedImage,
                r.hidden, Optional.ofNullable(r.owner), Optional.ofNullable(r.diskFormat),
                Optional.ofNullable(r.containerFormat), r.minDisk, r.minRam, Optional.ofNullable(r.size),
                Optional.ofNullable(r.checksum), Optional.ofNullable(r.osHashValue), List.copyOf(r.tags),
                r.properties, r.createdAt, r.updatedAt, members);
    }

    private static MemberSnapshot snapshot(MemberRecord m) {
        return new MemberSnapshot(m.imageId(), m.memberId(), m.status(), m.createdAt(), m.updatedAt());
    }

    static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
