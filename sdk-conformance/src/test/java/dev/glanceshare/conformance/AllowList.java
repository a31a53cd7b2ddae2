package dev.glanceshare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The checked-in list of differences between the fake and real Glance that are accepted, each with its
 * reason ({@code allowed-differences.json}). Every entry matches differences by scenario, step,
 * request ({@code METHOD path}) and field, each a pattern in which {@code *} stands for any text; a
 * missing pattern matches anything. An entry that matches nothing in a full run is stale and fails the suite.
 */
final class AllowList {
    static final String RESOURCE = "/allowed-differences.json";

    /** One accepted difference. */
    static final class Entry {
        final String scenario;
        final String step;
        final String request;
        final String field;
        final String reason;
        final AtomicInteger used = new AtomicInteger();
        private final Pattern[] patterns;

        Entry(String scenario, String step, String request, String field, String reason) {
            this.scenario = scenario;
            this.step = step;
            this.request = request;
            this.field = field;
            this.reason = reason;
            this.patterns = new Pattern[] {glob(scenario), glob(step), glob(request), glob(field)};
        }

        boolean matches(Difference d) {
            return patterns[0].matcher(d.scenario()).matches() && patterns[1].matcher(d.step()).matches()
                    && patterns[2].matcher(d.request()).matches() && patterns[3].matcher(d.field()).matches();
        }

        @Override
        public String toString() {
            return "{scenario=" + scenario + ", step=" + step + ", request=" + request + ", field=" + field + "}: " + reason;
        }
    }

    private final List<Entry> entries;

    private AllowList(List<Entry> entries) {
        this.entries = entries;
    }

    static AllowList load() {
        try (InputStream in = AllowList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.path("allowed")) {
                String reason = e.path("reason").asText("");
                if (reason.isBlank()) {
                    throw new IllegalStateException("allow-list entry without a reason: " + e);
                }
                entries.add(new Entry(e.path("scenario").asText("*"), e.path("step").asText("*"),
                        e.path("request").asText("*"), e.path("field").asText("*"), reason));
            }
            return new AllowList(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the entry that accepts the difference, if one does (and counts the use) */
    java.util.Optional<Entry> allowing(Difference d) {
        for (Entry e : entries) {
            if (e.matches(d)) {
                e.used.incrementAndGet();
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    List<Entry> entries() {
        return entries;
    }

    /** @return entries that matched nothing so far */
    List<Entry> unused() {
        return entries.stream().filter(e -> e.used.get() == 0).toList();
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        String[] parts = glob.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
