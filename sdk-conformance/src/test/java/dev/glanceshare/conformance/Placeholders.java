package dev.glanceshare.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces what legitimately differs between two runs of a scenario with stable placeholders, so the
 * records of two targets can be compared: known IDs by name ({@code {demo}}, {@code {user:alt}},
 * {@code {img:shared}}), the run's unique name part by {@code {run}}, service origins by
 * {@code {keystone}}/{@code {glance}}, timestamps by their shape with zeros
 * ({@code 0000-00-00T00:00:00Z}), and any other UUID or 32-hex-digit ID by {@code {id}}.
 */
final class Placeholders {
    static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");
    static final Pattern ID = Pattern.compile(
            "(?<![0-9A-Za-z])([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-f]{32})(?![0-9A-Za-z])");

    private final Map<String, String> known = new LinkedHashMap<>();
    private final Map<String, String> images = new LinkedHashMap<>();
    private final String runId;
    private final String namePrefix;

    Placeholders(String runId, Map<String, String> fixed) {
        this.runId = runId;
        this.namePrefix = "conf-" + runId + "-";
        known.putAll(fixed);
    }

    /** @return the prefix of every image name this run creates, such as {@code conf-r8f3k2-} */
    String namePrefix() {
        return namePrefix;
    }

    /**
     * Registers an image this run created, labelled by its name without the run prefix; a second image
     * of the same name gets {@code #2}, and so on.
     *
     * @param id the image ID
     * @param name its name
     */
    void image(String id, String name) {
        if (known.containsKey(id)) {
            return;
        }
        String base = "img:" + (name.startsWith(namePrefix) ? name.substring(namePrefix.length()) : name);
        String label = base;
        for (int n = 2; images.containsValue(label); n++) {
            label = base + "#" + n;
        }
        images.put(id, label);
        known.put(id, "{" + label + "}");
    }

    /** @return the IDs of the images this run created, in creation order */
    List<String> images() {
        return new ArrayList<>(images.keySet());
    }

    /** @return whether the image is one this run created */
    boolean isOwnImage(String id) {
        return images.containsKey(id);
    }

    /** @return whether a name is one this run gives its images */
    boolean isOwnName(String name) {
        return name != null && name.startsWith(namePrefix);
    }

    /**
     * @param text any text: a path, a body, a message
     * @return the text with every placeholder applied
     */
    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        List<Map.Entry<String, String>> byLength = new ArrayList<>(known.entrySet());
        byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> e : byLength) {
            s = s.replace(e.getKey(), e.getValue());
        }
        s = s.replace(runId, "{run}");
        s = TIMESTAMP.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("\\d", "0")));
        return ID.matcher(s).replaceAll("{id}");
    }

    /** Keys whose values are kept as they are: both targets are sent the same bytes, so hashes must agree. */
    static final Set<String> VERBATIM_KEYS = Set.of("checksum", "os_hash_value");
}
