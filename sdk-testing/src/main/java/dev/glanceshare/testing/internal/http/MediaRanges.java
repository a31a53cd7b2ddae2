package dev.glanceshare.testing.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * webob's {@code Accept} negotiation for error pages: which of {@code text/html} and
 * {@code application/json} the client accepts best ({@code text/html} wins a tie because webob offers it
 * first), or neither, which means {@code text/plain}.
 */
public final class MediaRanges {
    /** The error formats webob can produce. */
    public enum ErrorFormat {
        /** An HTML page. */
        HTML,
        /** A JSON object. */
        JSON,
        /** A plain text page. */
        PLAIN
    }

    private MediaRanges() {
    }

    /**
     * Picks the error format for an {@code Accept} header.
     *
     * @param accept the header value, or null when absent
     * @return the format webob would render
     */
    public static ErrorFormat errorFormat(String accept) {
        if (accept == null) {
            return ErrorFormat.PLAIN;
        }
        List<String[]> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] params = trimmed.split(";");
            String type = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1) {
                return ErrorFormat.HTML; // an invalid header accepts every offer, and HTML is offered first
            }
            String q = "1";
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    q = p.substring(2).trim();
                }
            }
            ranges.add(new String[] {type, q});
        }
        double html = quality(ranges, "text/html");
        double json = quality(ranges, "application/json");
        if (html <= 0 && json <= 0) {
            return ErrorFormat.PLAIN;
        }
        return json > html ? ErrorFormat.JSON : ErrorFormat.HTML;
    }

    // The q of the most specific range that matches the offer; 0 when none matches.
    private static double quality(List<String[]> ranges, String offer) {
        int bestSpecificity = -1;
        double q = 0;
        String offerType = offer.substring(0, offer.indexOf('/'));
        for (String[] range : ranges) {
            int specificity;
            if (range[0].equals(offer)) {
                specificity = 2;
            } else if (range[0].equals(offerType + "/*")) {
                specificity = 1;
            } else if (range[0].equals("*/*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = parseQ(range[1]);
            }
        }
        return q;
    }

    private static double parseQ(String q) {
        try {
            double value = Double.parseDouble(q);
            return value < 0 || value > 1 ? 0 : value;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
