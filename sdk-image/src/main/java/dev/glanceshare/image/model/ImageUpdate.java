package dev.glanceshare.image.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set of changes to an image, sent as one JSON patch ({@code PATCH /v2/images/{id}} with the media type
 * {@code application/openstack-images-v2.1-json-patch}). Operations are applied in the order added.
 *
 * <pre>{@code
 * ImageUpdate update = ImageUpdate.builder().visibility(Visibility.SHARED).property("os_distro", "cirros").build();
 * }</pre>
 */
public final class ImageUpdate {
    private final List<PatchOperation> operations;

    private ImageUpdate(List<PatchOperation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the operations, in order */
    public List<PatchOperation> operations() {
        return operations;
    }

    @Override
    public String toString() {
        return "ImageUpdate" + operations;
    }

    /** One JSON patch operation. */
    public static final class PatchOperation {
        private final String op;
        private final String path;
        private final Object value;

        PatchOperation(String op, String path, Object value) {
            this.op = op;
            this.path = path;
            this.value = value;
        }

        /** @return {@code add}, {@code replace} or {@code remove} */
        public String op() {
            return op;
        }

        /** @return the JSON pointer, such as {@code /visibility} */
        public String path() {
            return path;
        }

        /** @return the value: a String, Boolean, Long or List of String; {@code null} for remove */
        public Object value() {
            return value;
        }

        @Override
        public String toString() {
            return op + " " + path + (value == null ? "" : "=" + value);
        }
    }

    /** Builds an {@link ImageUpdate}. */
    public static final class Builder {
        private final List<PatchOperation> ops = new ArrayList<>();

        Builder() {}

        /**
         * @param name the new name
         * @return this builder
         */
        public Builder name(String name) {
            return replace("/name", Objects.requireNonNull(name, "name"));
        }

        /**
         * @param visibility the new visibility; making an image public needs the admin role
         * @return this builder
         */
        public Builder visibility(Visibility visibility) {
            if (Objects.requireNonNull(visibility, "visibility") == Visibility.UNKNOWN) {
                throw new IllegalArgumentException("visibility UNKNOWN cannot be sent; choose a real value");
            }
            return replace("/visibility", visibility.wireName());
        }

        /**
         * @param value whether the image is protected from deletion
         * @return this builder
         */
        public Builder protectedImage(boolean value) {
            return replace("/protected", value);
        }

        /**
         * @param value whether the image is hidden from default lists
         * @return this builder
         */
        public Builder hidden(boolean value) {
            return replace("/os_hidden", value);
        }

        /**
         * @param gigabytes minimum disk, 0 or more
         * @return this builder
         */
        public Builder minDisk(long gigabytes) {
            return replace("/min_disk", nonNegative(gigabytes, "minDisk"));
        }

        /**
         * @param megabytes minimum RAM, 0 or more
         * @return this builder
         */
        public Builder minRam(long megabytes) {
            return replace("/min_ram", nonNegative(megabytes, "minRam"));
        }

        /**
         * @param tags the complete new tag list
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            List<String> copy = List.copyOf(tags);
            copy.forEach(t -> {
                if (t.isBlank()) {
                    throw new IllegalArgumentException("Tags cannot be blank");
                }
            });
            return replace("/tags", copy);
        }

        /**
         * Sets a custom property, creating it if absent.
         *
         * @param key a custom (not standard) property name
         * @param value its value
         * @return this builder
         */
        public Builder property(String key, String value) {
            ops.add(new PatchOperation("add", pointer(customKey(key)), Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Removes a custom property; Glance answers 409 if it does not exist.
         *
         * @param key a custom property name
         * @return this builder
         */
        public Builder removeProperty(String key) {
            ops.add(new PatchOperation("remove", pointer(customKey(key)), null));
            return this;
        }

        /** @return the update; it must hold at least one change */
        public ImageUpdate build() {
            if (ops.isEmpty()) {
                throw new IllegalStateException("An ImageUpdate needs at least one change");
            }
            return new ImageUpdate(ops);
        }

        private Builder replace(String path, Object value) {
            ops.add(new PatchOperation("replace", path, value));
            return this;
        }

        private static long nonNegative(long v, String name) {
            if (v < 0) {
                throw new IllegalArgumentException(name + " must be 0 or more, was " + v);
            }
            return v;
        }

        private static String customKey(String key) {
            Objects.requireNonNull(key, "property key");
            if (key.isBlank() || key.length() > 255) {
                throw new IllegalArgumentException("Property key must be 1 to 255 characters");
            }
            if (ImageFields.STANDARD.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is a standard field; use its own builder method");
            }
            return key;
        }

        /** RFC 6901: '~' and '/' inside a key are escaped so the key cannot name another path. */
        private static String pointer(String key) {
            return "/" + key.replace("~", "~0").replace("/", "~1");
        }
    }
}
