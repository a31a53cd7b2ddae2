package dev.glanceshare.testing.internal.image;

import java.time.Instant;

/**
 * One membership of an image.
 *
 * @param imageId the image
 * @param memberId the member project (any string: Glance does not validate it)
 * @param status pending, accepted or rejected
 * @param createdAt when it was added
 * @param updatedAt when its status last changed
 */
public record MemberRecord(String imageId, String memberId, String status, Instant createdAt, Instant updatedAt) {
}
