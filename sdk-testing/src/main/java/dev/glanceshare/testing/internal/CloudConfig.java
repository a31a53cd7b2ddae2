package dev.glanceshare.testing.internal;

import java.time.Duration;

/**
 * The fixed settings of one fake cloud, known once both listeners are bound.
 *
 * @param region the catalog region
 * @param identityRoot {@code http://127.0.0.1:<keystone port>}
 * @param imageRoot {@code http://127.0.0.1:<glance port>}, without the path prefix
 * @param imagePrefix the Glance path prefix such as {@code /image}, or empty
 * @param tokenLifetime how long issued tokens live
 * @param memberQuota Glance's {@code image_member_quota}
 * @param tagQuota Glance's {@code image_tag_quota}
 */
public record CloudConfig(String region, String identityRoot, String imageRoot, String imagePrefix,
        Duration tokenLifetime, int memberQuota, int tagQuota) {

    /** @return the catalog identity URL, {@code http://127.0.0.1:<port>/v3} */
    public String identityUrl() {
        return identityRoot + "/v3";
    }

    /** @return the catalog image URL, with the prefix and without a version */
    public String imageUrl() {
        return imageRoot + imagePrefix;
    }
}
