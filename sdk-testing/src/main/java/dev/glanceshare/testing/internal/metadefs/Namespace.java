package dev.glanceshare.testing.internal.metadefs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metadata definition namespace with everything in it. Mutable, guarded by the {@link MetadefCatalog}
 * lock; names of contained objects, properties and tags are kept in creation order.
 */
final class Namespace {
    String namespace;
    String displayName;
    String description;
    String visibility = "private";
    boolean protectedNs;
    String owner;
    Instant createdAt;
    Instant updatedAt;
    /** Property name to its normalised schema (see {@link PropertyType}), by name as Glance lists them. */
    final Map<String, Map<String, Object>> properties = new java.util.TreeMap<>();
    final Map<String, MdObject> objects = new LinkedHashMap<>();
    final Map<String, Stamped> tags = new LinkedHashMap<>();
    final List<Association> associations = new ArrayList<>();

    /** A named entry with its timestamps (a tag). */
    static final class Stamped {
        String name;
        Instant createdAt;
        Instant updatedAt;

        Stamped(String name, Instant createdAt) {
            this.name = name;
            this.createdAt = createdAt;
        }
    }

    /** A metadata definition object. */
    static final class MdObject {
        String name;
        String description;
        List<String> required = List.of();
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        Instant createdAt;
        Instant updatedAt;
    }

    /** The association of a resource type with this namespace. */
    static final class Association {
        String name;
        String prefix;
        String propertiesTarget;
        Instant createdAt;
        Instant updatedAt;
    }

    /**
     * Glance's {@code _is_namespace_visible}: admin, ownerless, public, or owned by the caller's project.
     *
     * @param projectId the caller's project, or null
     * @param admin true for an admin token
     * @return whether the caller may see this namespace
     */
    boolean visibleTo(String projectId, boolean admin) {
        return admin || owner == null || "public".equals(visibility) || (projectId != null && projectId.equals(owner));
    }

    /**
     * Finds a tag by name, case-insensitively as Glance's database does.
     *
     * @param name the tag name
     * @return the key it is stored under, or null
     */
    String tagKey(String name) {
        for (String key : tags.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }
}
