package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.QueryParams;
import dev.glanceshare.testing.internal.http.WebobError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v2/images} query parameters, validated in the order Glance's deserializer and controller
 * validate them, with Glance's messages.
 *
 * @param limit the page size after the 1000 cap
 * @param marker the marker image ID, if any
 * @param memberStatus pending, accepted, rejected or all
 * @param tags every {@code tag} value (AND)
 * @param filters every other parameter, last value wins (os_hidden and protected already checked)
 * @param sortKeys sort keys, then created_at and id
 * @param sortDirs one direction per key
 */
record ListQuery(int limit, Optional<String> marker, String memberStatus, List<String> tags,
        Map<String, String> filters, List<String> sortKeys, List<String> sortDirs) {

    static final List<String> SORT_KEYS =
            List.of("name", "status", "container_format", "disk_format", "size", "id", "created_at", "updated_at");

    static ListQuery parse(QueryParams params) {
        List<Map.Entry<String, String>> rest = new ArrayList<>(params.pairs());
        Optional<String> limit = pop(rest, "limit");
        Optional<String> marker = pop(rest, "marker");
        String memberStatus = pop(rest, "member_status").orElse("accepted");
        List<String> tags = new ArrayList<>();
        for (Optional<String> t = pop(rest, "tag"); t.isPresent(); t = pop(rest, "tag")) {
            tags.add(t.get().strip());
        }
        Map<String, String> filters = new LinkedHashMap<>();
        rest.forEach(p -> filters.put(p.getKey(), p.getValue()));
        String visibility = filters.get("visibility");
        if (visibility != null && !visibility.isEmpty()
                && !List.of("community", "public", "private", "shared", "all").contains(visibility)) {
            throw WebobError.of(400, "Invalid visibility value: " + visibility);
        }
        if (filters.containsKey("changes-since") && !filters.get("changes-since").isEmpty()) {
            throw WebobError.of(400, "The \"changes-since\" filter is no longer available on v2.");
        }
        if (!List.of("pending", "accepted", "rejected", "all").contains(memberStatus)) {
            throw WebobError.of(400, "Invalid status: " + memberStatus);
        }
        int pageSize = limit.map(ListQuery::validLimit).orElse(25);
        List<String> keys = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        sorting(rest, filters, keys, dirs);
        String hidden = filters.getOrDefault("os_hidden", "false").toLowerCase(java.util.Locale.ROOT);
        if (!hidden.equals("true") && !hidden.equals("false")) {
            throw WebobError.of(400, "Invalid value '" + hidden + "' for 'os_hidden' filter. Valid values are"
                    + " 'true' or 'false'.");
        }
        filters.put("os_hidden", hidden);
        String prot = filters.get("protected");
        if (prot != null && !prot.equals("true") && !prot.equals("false")) {
            throw WebobError.of(400, "Invalid value '" + prot + "' for 'protected' filter. Valid values are"
                    + " 'true' or 'false'.");
        }
        return new ListQuery(pageSize, marker, memberStatus, tags, filters, keys, dirs);
    }

    private static int validLimit(String raw) {
        String s = raw.strip();
        if (!s.matches("[+-]?[0-9]+(_[0-9]+)*")) { // what Python's int() accepts
            throw WebobError.of(400, "limit param must be an integer");
        }
        BigInteger value = new BigInteger(s.replace("_", ""));
        if (value.signum() < 0) {
            throw WebobError.of(400, "limit param must be positive");
        }
        return value.min(BigInteger.valueOf(1000)).intValue(); // api_limit_max
    }

    private static void sorting(List<Map.Entry<String, String>> rest, Map<String, String> filters,
            List<String> keys, List<String> dirs) {
        boolean classic = filters.containsKey("sort_key") || filters.containsKey("sort_dir");
        if (filters.containsKey("sort")) {
            if (classic) {
                throw WebobError.of(400, "Old and new sorting syntax cannot be combined");
            }
            for (String part : filters.remove("sort").strip().split(",", -1)) {
                int colon = part.indexOf(':');
                String key = colon < 0 ? part : part.substring(0, colon);
                String dir = colon < 0 ? "" : part.substring(colon + 1);
                keys.add(sortKey(key.strip()));
                dirs.add(sortDir(dir.isEmpty() ? "desc" : dir.strip()));
            }
        } else {
            for (Optional<String> k = pop(rest, "sort_key"); k.isPresent(); k = pop(rest, "sort_key")) {
                keys.add(sortKey(k.get().strip()));
            }
            for (Optional<String> d = pop(rest, "sort_dir"); d.isPresent(); d = pop(rest, "sort_dir")) {
                dirs.add(sortDir(d.get().strip()));
            }
            filters.remove("sort_key");
            filters.remove("sort_dir");
            if (dirs.size() > 1 && dirs.size() != keys.size()) {
                throw WebobError.of(400, "Number of sort dirs does not match the number of sort keys");
            }
        }
        if (keys.isEmpty()) {
            keys.add("created_at");
        }
        // The DB layer: one direction applies to every key; then created_at and id break ties.
        String defaultDir = dirs.size() == 1 ? dirs.get(0) : "desc";
        if (dirs.isEmpty()) {
            dirs.add("desc");
        }
        while (dirs.size() < keys.size()) {
            dirs.add(defaultDir);
        }
        for (String tie : List.of("created_at", "id")) {
            if (!keys.contains(tie)) {
                keys.add(tie);
                dirs.add(defaultDir);
            }
        }
    }

    private static String sortKey(String key) {
        if (!SORT_KEYS.contains(key)) {
            throw WebobError.of(400, "Invalid sort key: " + key + ". It must be one of the following: "
                    + String.join(", ", SORT_KEYS) + ".");
        }
        return key;
    }

    private static String sortDir(String dir) {
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw WebobError.of(400, "Invalid sort direction: " + dir);
        }
        return dir;
    }

    private static Optional<String> pop(List<Map.Entry<String, String>> pairs, String name) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).getKey().equals(name)) {
                return Optional.of(pairs.remove(i).getValue());
            }
        }
        return Optional.empty();
    }
}
