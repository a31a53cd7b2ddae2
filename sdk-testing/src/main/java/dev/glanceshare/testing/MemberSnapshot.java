package dev.glanceshare.testing;

import java.time.Instant;

/**
 * One image membership as the fake holds it, read with {@link FakeOpenStack#members(String)}.
 *
 * @param imageId the image
 * @param memberId the member project ID (any string: Glance does not validate member IDs)
 * @param status {@code pending}, {@code accepted} or {@code rejected}
 * @param createdAt when the member was added
 * @param updatedAt when its status last changed
 */
public record MemberSnapshot(String imageId, String memberId, String status, Instant createdAt, Instant updatedAt) {
}
