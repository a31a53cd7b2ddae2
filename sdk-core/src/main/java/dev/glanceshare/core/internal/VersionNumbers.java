package dev.glanceshare.core.internal;

/**
 * Compares library versions such as {@code 5.3.1}, {@code 5.5} or {@code 2.20} by their numbers. Qualifiers
 * ({@code -alpha1}, {@code -SNAPSHOT}) are ignored: the floors are releases, and a pre-release of a supported
 * line has that line's API.
 */
final class VersionNumbers {
    private VersionNumbers() {}

    /**
     * @param a a version
     * @param b another
     * @return negative, zero or positive as {@code a} is older than, the same as, or newer than {@code b}
     */
    static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < 3; i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return 0;
    }

    /** The first three numbers of a version; missing ones are 0, so {@code 5.5} is {@code 5.5.0}. */
    private static int[] numbers(String version) {
        int[] n = new int[3];
        int part = 0;
        int i = 0;
        while (part < 3 && i < version.length()) {
            int start = i;
            long value = 0;
            while (i < version.length() && Character.isDigit(version.charAt(i)) && value < Integer.MAX_VALUE) {
                value = value * 10 + (version.charAt(i++) - '0');
            }
            if (i == start) {
                break; // a qualifier or junk: the numbers end here
            }
            n[part++] = (int) Math.min(value, Integer.MAX_VALUE);
            if (i >= version.length() || version.charAt(i) != '.') {
                break;
            }
            i++;
        }
        return n;
    }
}
