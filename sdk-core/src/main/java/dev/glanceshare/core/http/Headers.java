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

    /**
     * A copy with one header set, checked like {@link Builder#set}; the other entries are shared, since their
     * value lists are immutable once built.
     */
    Headers with(String name, String value) {
        Builder.check(name, value);
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key(name), new Entry(name, List.of(value)));
        return new Headers(copy);
    }

    /** Calls {@code action} with each name and value, without the lists {@link #names()} and {@link #all} make. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        for (Entry e : entries.values()) {
            for (String v : e.values) {
                action.accept(e.name, v);
            }
        }
    }

    /**
     * Headers as received: not checked (the checks keep the SDK's own requests from being split, and a
     * server's odd header must not fail a response) and not copied again.
     *
     * @param namesAndValues name, value, name, value...
     */
    static Headers received(String[] namesAndValues) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            Entry e = map.get(key(name));
            if (e == null) {
                map.put(key(name), new Entry(name, List.of(namesAndValues[i + 1])));
            } else {
                List<String> values = new ArrayList<>(e.values);
                values.add(namesAndValues[i + 1]);
                map.put(key(name), new Entry(e.name, List.copyOf(values)));
            }
        }
        return new Headers(map);
    }

    private static String key(String name) {
        // The names every call uses come back as constants; any other is lower-cased (a new string when it
        // has capitals). A switch on a string compares its cached hash first, so this costs next to nothing.
        switch (Objects.requireNonNull(name, "header name")) {
            case "Accept": return "accept";
            case "Content-Type": return "content-type";
            case "Content-Length": return "content-length";
            case "X-Auth-Token": return "x-auth-token";
            case "X-Openstack-Request-Id": return "x-openstack-request-id";
            case "X-OpenStack-Request-ID": return "x-openstack-request-id";
            case "Date": return "date";
            case "Connection": return "connection";
            case "Retry-After": return "retry-after";
            case "Location": return "location";
            case "Transfer-Encoding": return "transfer-encoding";
            case "Server": return "server";
            default: return name.toLowerCase(Locale.ROOT);
        }
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
