package dev.glanceshare.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable HTTP headers. Names compare case-insensitively ({@code x-openstack-request-id} and
 * {@code X-Openstack-Request-Id} are one header) and keep the spelling they were first added with.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new LinkedHashMap<>());

    /** Lower-cased name to the entry, in insertion order. */
    private final Map<String, Entry> entries;

    private Headers(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** @return headers with no entries */
    public static Headers empty() {
        return EMPTY;
    }

    /** @return a builder with no entries */
    public static Builder builder() {
        return new Builder(new LinkedHashMap<>());
    }

    /** @return a builder that starts from these headers */
    public Builder toBuilder() {
        Map<String, Entry> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, new Entry(v.name, new ArrayList<>(v.values))));
        return new Builder(copy);
    }

    /**
     * @param name a header name, in any case
     * @return the first value of the header, if present
     */
    public Optional<String> first(String name) {
        Entry e = entries.get(key(name));
        return e == null || e.values.isEmpty() ? Optional.empty() : Optional.of(e.values.get(0));
    }

    /**
     * @param name a header name, in any case
     * @return every value of the header, in order; empty if absent
     */
    public List<String> all(String name) {
        Entry e = entries.get(key(name));
        return e == null ? List.of() : Collections.unmodifiableList(e.values);
    }

    /** @return the header names, as first spelled */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        entries.values().forEach(e -> names.add(e.name));
        return names;
    }

    /**
     * @param name a header name, in any case
     * @return whether the header is present
     */
    public boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    /** Shows the header names only, since values may be secrets; {@link Redaction#headerLines} shows values safely. */
    @Override
    public String toString() {
        return "Headers" + names();
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "header name").toLowerCase(Locale.ROOT);
    }

    private static final class Entry {
        final String name;
        final List<String> values;

        Entry(String name, List<String> values) {
            this.name = name;
            this.values = values;
        }
    }

    /** Builds {@link Headers}. */
    public static final class Builder {
        private final Map<String, Entry> entries;

        private Builder(Map<String, Entry> entries) {
            this.entries = entries;
        }

        /**
         * Adds a value, keeping any values already there.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder add(String name, String value) {
            check(name, value);
            entries.computeIfAbsent(key(name), k -> new Entry(name, new ArrayList<>())).values.add(value);
            return this;
        }

        /**
         * Replaces all values of a header with one value.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            check(name, value);
            List<String> values = new ArrayList<>();
            values.add(value);
            entries.put(key(name), new Entry(name, values));
            return this;
        }

        /**
         * @param name the header to remove
         * @return this builder
         */
        public Builder remove(String name) {
            entries.remove(key(name));
            return this;
        }

        /** @return the headers */
        public Headers build() {
            Map<String, Entry> copy = new LinkedHashMap<>();
            entries.forEach((k, v) -> copy.put(k, new Entry(v.name, List.copyOf(v.values))));
            return new Headers(copy);
        }

        private static void check(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            // CR or LF in a header would let input split the request (header injection).
            if (name.isEmpty() || !isHeaderName(name)) {
                throw new IllegalArgumentException("Invalid header name: '" + name + "'");
            }
            if (!isHeaderValue(value)) {
                throw new IllegalArgumentException("Header " + name + " has a line break or NUL in its value");
            }
        }

        // Plain loops: every request passes each header through here, and streams cost a lambda per character.
        private static boolean isHeaderName(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c == ':' || c >= 127) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isHeaderValue(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n' || c == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
