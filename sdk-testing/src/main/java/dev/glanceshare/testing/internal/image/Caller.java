package dev.glanceshare.testing.internal.image;

/**
 * Glance's request context: who is asking.
 *
 * @param projectId the token's project ({@code context.owner}), or null for a token without one
 * @param userId the token's user
 * @param admin true when the token has the admin role (legacy {@code is_admin})
 * @param requestId the request's {@code X-Openstack-Request-Id}, which Glance records in tasks
 */
public record Caller(String projectId, String userId, boolean admin, String requestId) {

    /**
     * Glance's {@code is_image_visible}: admin, ownerless, public or community, owner, or a member of a
     * shared image in any status.
     *
     * @param image the image
     * @return true when the caller may see it
     */
    public boolean canSee(ImageRecord image) {
        if (admin || image.owner == null || image.visibility.equals("public")
                || image.visibility.equals("community")) {
            return true;
        }
        if (projectId == null) {
            return false;
        }
        return projectId.equals(image.owner)
                || (image.visibility.equals("shared") && image.members.containsKey(projectId));
    }

    /**
     * Glance's {@code check_is_image_mutable}: admin or owner.
     *
     * @param image the image
     * @return true when the caller may change it
     */
    public boolean owns(ImageRecord image) {
        return admin || (image.owner != null && image.owner.equals(projectId));
    }
}
