package dev.glanceshare.identity.internal;

import java.util.regex.Pattern;

/** Small text helpers shared by the builders and loaders. */
public final class Texts {
    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Texts() {}

    /** @return the value trimmed, or {@code null} when it is null or blank */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * @return whether the text looks like a Keystone ID: 32 hex digits, as Keystone generates them, or a
     *     dashed UUID, as some identity back ends do (the shapes sdk-image accepts as project IDs)
     */
    public static boolean looksLikeId(String text) {
        return ID.matcher(text).matches();
    }
}
