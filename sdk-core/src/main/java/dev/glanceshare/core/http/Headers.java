package dev.glanceshare.core.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable HTTP headers. Names compare case-insensitively ({@code x-openstack-request-id} and
 * {@code X-Openstack-Request-Id} are one header) and keep the spelling they were first added with.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new Entry[0]);

    /**
     * In insertion order. An array searched from the start, not a map: a request or response has a handful of
     * headers, and each call copies or builds several header sets, where a hash map cost a table per copy.
     */
    private volatile Entry[] entries;
    /** Headers as received, indexed into {@link #entries} on first use; {@code null} for headers built here. */
    private final Received received;

    private Headers(Entry[] entries) {
        this.entries = entries;
        this.received = null;
    }

    private Headers(Received received) {
        this.entries = null;
        this.received = received;
    }

    /**
     * Headers as a server sent them, read through this view only when someone asks: a successful call
     * never looks at its response's headers, so they are not copied out of HttpClient's message at all.
     */
    interface Received {
        /** @return how many header lines */
        int size();

        /**
         * @param i a line
         * @return its name
         */
        String name(int i);

        /**
         * @param i a line
         * @return its value, never {@code null}
         */
        String value(int i);
    }

    /** The entries; for received headers, indexed once here (volatile, so another thread sees them whole). */
    private Entry[] entries() {
        Entry[] e = entries;
        if (e == null) {
            Received r = received;
            Builder b = new Builder(new ArrayList<>(r.size()));
            for (int i = 0; i < r.size(); i++) {
                b.append(r.name(i), r.value(i));
            }
            e = b.build().entries; // two threads may both index: they make equal arrays, and either one is kept
            entries = e;
        }
        return e;
    }

    /** @return headers with no entries */
    public static Headers empty() {
        return EMPTY;
    }

    /** @return a builder with no entries */
    public static Builder builder() {
        return new Builder(new ArrayList<>());
    }

    /** @return a builder that starts from these headers */
    public Builder toBuilder() {
        Entry[] all = entries();
        List<Entry> copy = new ArrayList<>(all.length + 2);
        for (Entry e : all) {
            copy.add(new Entry(e.key, e.name, new ArrayList<>(e.values)));
        }
        return new Builder(copy);
    }

    private Entry find(String name) {
        String key = key(name);
        for (Entry e : entries()) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param name a header name, in any case
     * @return the first value of the header, if present
     */
    public Optional<String> first(String name) {
        Entry e = find(name);
        return e == null || e.values.isEmpty() ? Optional.empty() : Optional.of(e.values.get(0));
    }

    /**
     * @param name a header name, in any case
     * @return every value of the header, in order; empty if absent
     */
    public List<String> all(String name) {
        Entry e = find(name);
        return e == null ? List.of() : e.values;
    }

    /** @return the header names, as first spelled */
    public List<String> names() {
        Entry[] all = entries();
        List<String> names = new ArrayList<>(all.length);
        for (Entry e : all) {
            names.add(e.name);
        }
        return names;
    }

    /**
     * @param name a header name, in any case
     * @return whether the header is present
     */
    public boolean contains(String name) {
        return find(name) != null;
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
        String key = key(name);
        Entry replacement = new Entry(key, name, List.of(value));
        Entry[] entries = entries();
        for (int i = 0; i < entries.length; i++) {
            if (entries[i].key.equals(key)) {
                Entry[] copy = entries.clone();
                copy[i] = replacement;
                return new Headers(copy);
            }
        }
        Entry[] copy = Arrays.copyOf(entries, entries.length + 1);
        copy[entries.length] = replacement;
        return new Headers(copy);
    }

    /** Calls {@code action} with each name and value, without the lists {@link #names()} and {@link #all} make. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        for (Entry e : entries()) {
            for (String v : e.values) {
                action.accept(e.name, v);
            }
        }
    }

    /**
     * Headers as received: not checked (the checks keep the SDK's own requests from being split, and a
     * server's odd header must not fail a response), and indexed only on first use.
     *
     * @param view the lines as received
     * @return headers over that view
     */
    static Headers received(Received view) {
        return new Headers(Objects.requireNonNull(view, "view"));
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
        final String key;
        final String name;
        final List<String> values;

        Entry(String key, String name, List<String> values) {
            this.key = key;
            this.name = name;
            this.values = values;
        }
    }

    /** Builds {@link Headers}. */
    public static final class Builder {
        private final List<Entry> entries;

        private Builder(List<Entry> entries) {
            this.entries = entries;
        }

        private int indexOf(String key) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key.equals(key)) {
                    return i;
                }
            }
            return -1;
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
            return append(name, value);
        }

        /** {@link #add} without the checks, for headers as received. */
        private Builder append(String name, String value) {
            String key = key(name);
            int i = indexOf(key);
            if (i < 0) {
                List<String> values = new ArrayList<>(1);
                values.add(value);
                entries.add(new Entry(key, name, values));
            } else {
                entries.get(i).values.add(value);
            }
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
            String key = key(name);
            List<String> values = new ArrayList<>(1);
            values.add(value);
            Entry e = new Entry(key, name, values);
            int i = indexOf(key);
            if (i < 0) {
                entries.add(e);
            } else {
                entries.set(i, e); // where the header was, as a map's put would keep it
            }
            return this;
        }

        /**
         * @param name the header to remove
         * @return this builder
         */
        public Builder remove(String name) {
            int i = indexOf(key(name));
            if (i >= 0) {
                entries.remove(i);
            }
            return this;
        }

        /** @return the headers */
        public Headers build() {
            Entry[] built = new Entry[entries.size()];
            for (int i = 0; i < built.length; i++) {
                Entry e = entries.get(i);
                built[i] = new Entry(e.key, e.name, List.copyOf(e.values));
            }
            return new Headers(built);
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
