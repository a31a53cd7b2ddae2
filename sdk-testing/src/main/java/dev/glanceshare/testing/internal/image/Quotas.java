package dev.glanceshare.testing.internal.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.WebobError;

/** Glance's per-image limits and the domain checks on numbers, with Glance's messages. */
final class Quotas {
    /** Glance's default {@code image_property_quota}. */
    static final int PROPERTY_QUOTA = 128;

    private Quotas() {
    }

    /**
     * Refuses a tag count above the quota with a 413.
     *
     * @param attempted the tag count after the change
     * @param maximum the quota
     * @param imageIdForTagApi the image ID when called by the tag API (which prefixes its message), else null
     */
    static void checkTags(int attempted, int maximum, String imageIdForTagApi) {
        if (maximum >= 0 && attempted > maximum) {
            String inner = "The limit has been exceeded on the number of allowed image tags. Attempted: "
                    + attempted + ", Maximum: " + maximum;
            throw WebobError.of(413, imageIdForTagApi == null ? inner
                    : "Image tag limit exceeded for image " + imageIdForTagApi + ": " + inner + ":");
        }
    }

    static void checkProperties(int attempted) {
        if (attempted > PROPERTY_QUOTA) {
            throw WebobError.of(413, "The limit has been exceeded on the number of allowed image properties."
                    + " Attempted: " + attempted + ", Maximum: " + PROPERTY_QUOTA);
        }
    }

    static void checkMembers(String imageId, int attempted, int maximum) {
        if (maximum >= 0 && attempted > maximum) {
            throw WebobError.of(413, "Image member limit exceeded for image " + imageId + ": The limit has been"
                    + " exceeded on the number of allowed image members for this image. Attempted: " + attempted
                    + ", Maximum: " + maximum + ":");
        }
    }

    // The domain refuses negative min_disk/min_ram; values beyond a 64-bit integer cannot be stored either.
    static long nonNegative(String param, JsonNode value) {
        if (!value.canConvertToLong()) {
            throw WebobError.of(400, "Invalid value '" + value.asText() + "' for parameter '" + param
                    + "': Out of range.");
        }
        long v = value.longValue();
        if (v < 0) {
            throw WebobError.of(400, "Invalid value '" + v + "' for parameter '" + param
                    + "': Cannot be a negative value.");
        }
        return v;
    }
}
