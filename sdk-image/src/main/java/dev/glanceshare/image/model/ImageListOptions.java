package dev.glanceshare.image.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Filters, sort order and page size of {@code GET /v2/images}. Every filter is optional; several filters
 * combine with AND, and so do several tags.
 *
 * <pre>{@code
 * ImageListOptions.builder().visibility(VisibilityFilter.ALL).tag("golden").sort(SortKey.NAME, true).pageSize(200).build();
 * }</pre>
 */
public final class ImageListOptions {
    /** Glance's largest page ({@code api_limit_max}). */
    public static final int MAX_PAGE_SIZE = 1000;

    private final List<Map.Entry<String, String>> query;

    private ImageListOptions(List<Map.Entry<String, String>> query) {
        this.query = List.copyOf(query);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return no filters: Glance's default list */
    public static ImageListOptions none() {
        return builder().build();
    }

    /** @return the query parameters, in order, not yet encoded */
    public List<Map.Entry<String, String>> queryParameters() {
        return query;
    }

    @Override
    public String toString() {
        return "ImageListOptions" + query;
    }

    /** Keys Glance can sort by. */
    public enum SortKey {
        /** Image name. */ NAME,
        /** Status. */ STATUS,
        /** Container format. */ CONTAINER_FORMAT,
        /** Disk format. */ DISK_FORMAT,
        /** Size. */ SIZE,
        /** ID. */ ID,
        /** Creation time (Glance's default, newest first). */ CREATED_AT,
        /** Last change. */ UPDATED_AT;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Comparison operators for time filters. */
    public enum Comparison {
        /** Equal. */ EQ,
        /** Not equal. */ NEQ,
        /** Later than. */ GT,
        /** Not earlier than. */ GTE,
        /** Earlier than. */ LT,
        /** Not later than. */ LTE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Builds {@link ImageListOptions}. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final List<String> sorts = new ArrayList<>();
        private Integer pageSize;

        Builder() {}

        /**
         * @param value which images by visibility
         * @return this builder
         */
        public Builder visibility(VisibilityFilter value) {
            return put("visibility", Objects.requireNonNull(value, "visibility").wireName());
        }

        /**
         * @param value which shares by member status
         * @return this builder
         */
        public Builder memberStatus(MemberStatusFilter value) {
            return put("member_status", Objects.requireNonNull(value, "memberStatus").wireName());
        }

        /**
         * @param projectId the owning project's ID
         * @return this builder
         */
        public Builder owner(String projectId) {
            return put("owner", text(projectId, "owner"));
        }

        /**
         * @param name the exact name. Glance reads {@code op:value} in this filter ({@code name=in:a,b}) and refuses
         *     an unknown operator, so a name holding a colon, such as {@code ubuntu:22.04}, is sent as
         *     {@code eq:ubuntu:22.04}
         * @return this builder
         */
        public Builder name(String name) {
            String exact = text(name, "name");
            return put("name", exact.indexOf(':') >= 0 ? "eq:" + exact : exact);
        }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(ImageStatus value) {
            if (Objects.requireNonNull(value, "status") == ImageStatus.UNKNOWN) {
                throw new IllegalArgumentException("Cannot filter by status UNKNOWN");
            }
            return put("status", value.wireName());
        }

        /**
         * @param tag a tag the images must carry; repeat for several (all must match)
         * @return this builder
         */
        public Builder tag(String tag) {
            query.add(Map.entry("tag", text(tag, "tag")));
            return this;
        }

        /**
         * @param value protected or not
         * @return this builder
         */
        public Builder protectedImage(boolean value) {
            return put("protected", String.valueOf(value));
        }

        /**
         * @param value hidden or not ({@code os_hidden}); hidden images are left out by default
         * @return this builder
         */
        public Builder hidden(boolean value) {
            return put("os_hidden", String.valueOf(value));
        }

        /**
         * @param bytes smallest size
         * @return this builder
         */
        public Builder sizeMin(long bytes) {
            return put("size_min", String.valueOf(nonNegative(bytes)));
        }

        /**
         * @param bytes largest size
         * @return this builder
         */
        public Builder sizeMax(long bytes) {
            return put("size_max", String.valueOf(nonNegative(bytes)));
        }

        /**
         * @param op comparison
         * @param time the time
         * @return this builder
         */
        public Builder createdAt(Comparison op, Instant time) {
            return put("created_at", op.wire() + ":" + time.truncatedTo(ChronoUnit.SECONDS));
        }

        /**
         * @param op comparison
         * @param time the time
         * @return this builder
         */
        public Builder updatedAt(Comparison op, Instant time) {
            return put("updated_at", op.wire() + ":" + time.truncatedTo(ChronoUnit.SECONDS));
        }

        /**
         * Adds a sort key; call again for secondary keys.
         *
         * @param key the key
         * @param ascending direction
         * @return this builder
         */
        public Builder sort(SortKey key, boolean ascending) {
            sorts.add(key.wire() + ":" + (ascending ? "asc" : "desc"));
            return this;
        }

        /**
         * @param size images per page (one request each), 1 to {@value #MAX_PAGE_SIZE}; Glance's default is 25
         * @return this builder
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
            }
            this.pageSize = size;
            return this;
        }

        /** @return the options */
        public ImageListOptions build() {
            List<Map.Entry<String, String>> all = new ArrayList<>(query);
            if (!sorts.isEmpty()) {
                all.add(Map.entry("sort", String.join(",", sorts)));
            }
            if (pageSize != null) {
                all.add(Map.entry("limit", String.valueOf(pageSize)));
            }
            return new ImageListOptions(all);
        }

        private Builder put(String key, String value) {
            query.removeIf(e -> e.getKey().equals(key));
            query.add(Map.entry(key, value));
            return this;
        }

        private static String text(String v, String name) {
            Objects.requireNonNull(v, name);
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + " is blank");
            }
            return v;
        }

        private static long nonNegative(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("size must be 0 or more, was " + v);
            }
            return v;
        }
    }
}
