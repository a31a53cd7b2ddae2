package dev.glanceshare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Structural comparison of two JSON trees, reporting each differing leaf by JSON pointer. */
final class JsonDiff {
    private static final int MAX_SHOWN = 400;

    /** One difference: where, and each side's value ({@code (absent)} when missing). */
    record Entry(String pointer, String left, String right) {}

    private JsonDiff() {}

    static List<Entry> diff(JsonNode left, JsonNode right) {
        List<Entry> out = new ArrayList<>();
        diff("", left, right, out);
        return out;
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<Entry> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(at + "/" + k.replace("~", "~0").replace("/", "~1"), a.path(k), b.path(k), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (a.isArray() && b.isArray() && containers(a) && containers(b)) {
            int common = Math.min(a.size(), b.size());
            for (int i = 0; i < common; i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
            for (int i = common; i < Math.max(a.size(), b.size()); i++) {
                diff(at + "/" + i, a.path(i), b.path(i), out);
            }
        } else {
            out.add(new Entry(at, show(a), show(b)));
        }
    }

    private static boolean containers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    static String show(JsonNode n) {
        if (n.isMissingNode()) {
            return "(absent)";
        }
        String s = n.toString();
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
    }
}
