package dev.glanceshare.testing.internal.metadefs;

import dev.glanceshare.testing.internal.image.ImageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders metadata definitions as Glance's WSME models do: fields in declaration order, unset (null) fields
 * left out, timestamps as {@code isotime}.
 */
final class MetadefViews {
    static final String NS_SCHEMA = "/v2/schemas/metadefs/namespace";
    static final String OBJ_SCHEMA = "/v2/schemas/metadefs/object";

    private MetadefViews() {
    }

    /**
     * A namespace.
     *
     * @param ns the namespace
     * @param detail true for {@code show}: with properties, objects and tags
     * @return the JSON tree
     */
    static Map<String, Object> namespace(Namespace ns, boolean detail) {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "namespace", ns.namespace);
        put(v, "display_name", ns.displayName);
        put(v, "description", ns.description);
        put(v, "visibility", ns.visibility);
        v.put("protected", ns.protectedNs);
        put(v, "owner", ns.owner);
        put(v, "created_at", time(ns.createdAt));
        put(v, "updated_at", time(ns.updatedAt));
        if (!ns.associations.isEmpty()) {
            v.put("resource_type_associations", ns.associations.stream().map(MetadefViews::association).toList());
        }
        if (detail) {
            if (!ns.properties.isEmpty()) {
                v.put("properties", new LinkedHashMap<>(ns.properties));
            }
            if (!ns.objects.isEmpty()) {
                v.put("objects", objects(ns));
            }
            if (!ns.tags.isEmpty()) {
                List<Object> tags = new ArrayList<>();
                newestFirst(ns.tags.values()).forEach(t -> tags.add(Map.of("name", t.name)));
                v.put("tags", tags);
            }
        }
        v.put("self", "/v2/metadefs/namespaces/" + ns.namespace);
        v.put("schema", NS_SCHEMA);
        return v;
    }

    /**
     * A namespace's objects in the order real Glance lists them: by name (its sqlite database reads them
     * through the unique (namespace, name) index).
     *
     * @param ns the namespace
     * @return the rendered objects
     */
    static List<Map<String, Object>> objects(Namespace ns) {
        return ns.objects.values().stream().sorted(java.util.Comparator.comparing((Namespace.MdObject o) -> o.name))
                .map(o -> object(ns.namespace, o)).toList();
    }

    /**
     * Tags in Glance's default order: newest first ({@code created_at desc, id desc}).
     *
     * @param tags the tags in creation order
     * @return a new list
     */
    static List<Namespace.Stamped> newestFirst(java.util.Collection<Namespace.Stamped> tags) {
        List<Namespace.Stamped> out = new ArrayList<>(tags);
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * A resource type association.
     *
     * @param a the association
     * @return the JSON tree
     */
    static Map<String, Object> association(Namespace.Association a) {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "name", a.name);
        put(v, "prefix", a.prefix);
        put(v, "properties_target", a.propertiesTarget);
        put(v, "created_at", time(a.createdAt));
        put(v, "updated_at", time(a.updatedAt));
        return v;
    }

    /**
     * An object.
     *
     * @param namespace its namespace's name
     * @param o the object
     * @return the JSON tree
     */
    static Map<String, Object> object(String namespace, Namespace.MdObject o) {
        Map<String, Object> v = new LinkedHashMap<>();
        put(v, "name", o.name);
        v.put("required", new ArrayList<>(o.required));
        put(v, "description", o.description);
        v.put("properties", new LinkedHashMap<>(o.properties));
        put(v, "created_at", time(o.createdAt));
        put(v, "updated_at", time(o.updatedAt));
        v.put("self", "/v2/metadefs/namespaces/" + namespace + "/objects/" + o.name);
        v.put("schema", OBJ_SCHEMA);
        return v;
    }

    /**
     * A tag.
     *
     * @param t the tag
     * @return the JSON tree
     */
    static Map<String, Object> tag(Namespace.Stamped t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", t.name);
        put(v, "created_at", time(t.createdAt));
        put(v, "updated_at", time(t.updatedAt));
        return v;
    }

    /**
     * A property with its name first, as the property API shows one.
     *
     * @param name the property name
     * @param definition its normalised definition
     * @return the JSON tree
     */
    static Map<String, Object> property(String name, Map<String, Object> definition) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        definition.forEach((k, value) -> {
            if (!k.equals("name")) {
                v.put(k, value);
            }
        });
        return v;
    }

    /**
     * Tags as a list.
     *
     * @param tags the tags
     * @return the JSON list
     */
    static List<Map<String, Object>> tags(Iterable<Namespace.Stamped> tags) {
        List<Map<String, Object>> out = new ArrayList<>();
        tags.forEach(t -> out.add(tag(t)));
        return out;
    }

    private static void put(Map<String, Object> v, String key, Object value) {
        if (value != null) {
            v.put(key, value);
        }
    }

    private static String time(Instant t) {
        return t == null ? null : ImageView.isotime(t);
    }
}
