package dev.glanceshare.image.internal;

import java.util.Objects;

/** Shape checks made before any request, so bad input fails clearly and never reaches another path. */
public final class Ids {
    private static final int MAX_NAME = 255;

    private Ids() {}

    /**
     * @param s any text
     * @return whether it has the shape of a Glance image ID
     */
    public static boolean isUuid(String s) {
        // 8-4-4-4-12 hex digits. Loops, not a regular expression: every call checks its IDs, and a matcher per
        // check was a measurable share of a call's CPU.
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex32(String s) {
        if (s.length() != 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * @param imageId the input
     * @return it, when it is a UUID
     * @throws IllegalArgumentException otherwise, saying how to look up by name
     */
    public static String imageId(String imageId) {
        Objects.requireNonNull(imageId, "imageId");
        if (!isUuid(imageId)) {
            throw new IllegalArgumentException("'" + printable(imageId) + "' is not a Glance image ID (a UUID such as "
                    + "9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b). To look an image up by name, use images().find(name).");
        }
        return imageId;
    }

    /**
     * @param s any text
     * @return whether it has the shape of a Keystone project ID (32 hex digits, or a dashed UUID)
     */
    public static boolean isProjectId(String s) {
        return s != null && (isHex32(s) || isUuid(s));
    }

    /**
     * @param projectId the input
     * @return it, when it has a Keystone project ID's shape (32 hex digits, or a dashed UUID)
     * @throws IllegalArgumentException otherwise: it may be a name, which the SDK never sends as an ID
     */
    public static String projectId(String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        if (!isProjectId(projectId)) {
            throw new IllegalArgumentException("'" + printable(projectId) + "' is not a Keystone project ID (32 hex "
                    + "digits). If it is a project name, use addByName(name), which resolves it through Keystone.");
        }
        return projectId;
    }

    /**
     * @param name an image name or ID given by a user
     * @return it, when it is usable
     */
    public static String nameOrId(String name) {
        Objects.requireNonNull(name, "nameOrId");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Image name or ID is blank");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("Image name is longer than Glance's " + MAX_NAME + " characters");
        }
        return name;
    }

    /**
     * @param tag a tag
     * @return it, when Glance can store it
     */
    public static String tag(String tag) {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank() || tag.length() > MAX_NAME || tag.contains("/")) {
            throw new IllegalArgumentException("Tag must be 1 to 255 characters without '/': '" + printable(tag) + "'");
        }
        return tag;
    }

    /** Keeps control characters out of messages and logs. */
    static String printable(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
