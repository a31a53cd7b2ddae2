package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.WebobError;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The list filters of {@code GET /v2/images}, compiled once (so a bad filter is refused before anything is
 * read): equality on columns, {@code in:}/{@code eq:} on names, IDs, statuses and formats, ranges
 * ({@code size_min}), time comparisons ({@code created_at=gt:...}), tags (all must match) and any other
 * parameter as a custom property.
 */
final class ListFilter {
    private final List<Predicate<ImageRecord>> conditions = new ArrayList<>();

    private ListFilter() {
    }

    static ListFilter compile(ListQuery q) {
        ListFilter f = new ListFilter();
        f.conditions.add(i -> !i.status.equals("killed"));
        boolean hidden = q.filters().get("os_hidden").equals("true");
        f.conditions.add(i -> i.hidden == hidden);
        for (String tag : q.tags()) {
            f.conditions.add(i -> i.tags.contains(tag));
        }
        for (Map.Entry<String, String> e : q.filters().entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k.equals("visibility") || k.equals("os_hidden") || k.equals("deleted")) {
                continue;
            }
            f.conditions.add(condition(k, v));
        }
        return f;
    }

    boolean matches(ImageRecord image) {
        return conditions.stream().allMatch(c -> c.test(image));
    }

    private static Predicate<ImageRecord> condition(String k, String v) {
        if (k.endsWith("_min") || k.endsWith("_max")) {
            String column = k.substring(0, k.length() - 4);
            BigInteger bound = integer(v);
            boolean min = k.endsWith("_min");
            return i -> {
                BigInteger actual = numeric(i, column);
                return actual != null && (min ? actual.compareTo(bound) >= 0 : actual.compareTo(bound) <= 0);
            };
        }
        if (k.equals("created_at") || k.equals("updated_at")) {
            String[] opValue = splitOp(v);
            Instant threshold = time(k, opValue[1]);
            String op = opValue[0];
            if (!List.of("gt", "gte", "lt", "lte", "neq", "eq").contains(op)) {
                throw WebobError.of(400, "Unable to filter on a unknown operator.");
            }
            return i -> compare(k.equals("created_at") ? i.createdAt : i.updatedAt, op, threshold);
        }
        if (List.of("name", "id", "status", "container_format", "disk_format").contains(k)) {
            String[] opValue = splitOp(v);
            List<String> accepted = switch (opValue[0]) {
                case "in" -> inList(opValue[1]);
                case "eq" -> List.of(opValue[1]);
                default -> throw WebobError.of(400, "Unable to filter by unknown operator '" + opValue[0] + "'.");
            };
            // An image without the field (a nameless image, one not yet given formats) matches no value.
            return i -> {
                String actual = column(i, k);
                return actual != null && accepted.contains(actual);
            };
        }
        return switch (k) {
            case "owner", "checksum", "os_hash_algo", "os_hash_value" -> i -> v.equals(column(i, k));
            case "protected" -> i -> i.protectedImage == v.equals("true");
            case "size", "virtual_size", "min_disk", "min_ram" -> i -> {
                BigInteger actual = numeric(i, k);
                return actual != null && actual.toString().equals(v.strip());
            };
            default -> i -> v.equals(i.properties.get(k)); // any other parameter filters custom properties
        };
    }

    private static String column(ImageRecord i, String k) {
        return switch (k) {
            case "name" -> i.name;
            case "id" -> i.id;
            case "status" -> i.status;
            case "container_format" -> i.containerFormat;
            case "disk_format" -> i.diskFormat;
            case "owner" -> i.owner;
            case "checksum" -> i.checksum;
            case "os_hash_algo" -> i.osHashAlgo;
            default -> i.osHashValue;
        };
    }

    private static BigInteger numeric(ImageRecord i, String column) {
        Long v = switch (column) {
            case "size" -> i.size;
            case "virtual_size" -> i.virtualSize;
            case "min_disk" -> i.minDisk;
            case "min_ram" -> i.minRam;
            default -> null;
        };
        return v == null ? null : BigInteger.valueOf(v);
    }

    private static BigInteger integer(String v) {
        String s = v.strip();
        if (!s.matches("[+-]?[0-9]+(_[0-9]+)*")) {
            throw WebobError.of(400, "Unable to filter on a range with a non-numeric value.");
        }
        return new BigInteger(s.replace("_", ""));
    }

    // glance.common.utils.split_filter_op: a value that is itself an ISO time has no operator.
    private static String[] splitOp(String expression) {
        int colon = expression.indexOf(':');
        if (colon < 0 || parseTime(expression) != null) {
            return new String[] {"eq", expression};
        }
        return new String[] {expression.substring(0, colon), expression.substring(colon + 1)};
    }

    private static List<String> inList(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw WebobError.of(400, "Invalid filter value " + value + ". The quote is not closed.");
        }
        out.add(current.toString());
        return out;
    }

    private static Instant time(String key, String text) {
        Instant t = parseTime(text);
        if (t == null) {
            throw WebobError.of(400, "Bad \"" + key + "\" query filter format. Use ISO 8601 DateTime notation.");
        }
        return t;
    }

    private static Instant parseTime(String text) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the forms without an offset, taken as UTC
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean compare(Instant value, String op, Instant threshold) {
        int c = value.compareTo(threshold);
        return switch (op) {
            case "gt" -> c > 0;
            case "gte" -> c >= 0;
            case "lt" -> c < 0;
            case "lte" -> c <= 0;
            case "neq" -> !Objects.equals(value, threshold);
            default -> c == 0;
        };
    }
}
