package dev.glanceshare.testing.internal.http;

import java.util.regex.Pattern;

/** A path pattern where {@code *} matches inside one segment and {@code **} across segments. */
public final class PathGlob {
    private final Pattern regex;

    private PathGlob(Pattern regex) {
        this.regex = regex;
    }

    /**
     * Compiles a glob.
     *
     * @param glob for example {@code /v2/images/*&#47;members} or {@code /v2/**}
     * @return the compiled pattern
     */
    public static PathGlob compile(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            if (glob.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (glob.charAt(i) == '*') {
                re.append("[^/]*");
                i++;
            } else {
                int next = glob.indexOf('*', i);
                int end = next < 0 ? glob.length() : next;
                re.append(Pattern.quote(glob.substring(i, end)));
                i = end;
            }
        }
        return new PathGlob(Pattern.compile(re.toString()));
    }

    /**
     * Tests a path.
     *
     * @param path the raw path
     * @return true when the whole path matches
     */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }
}
