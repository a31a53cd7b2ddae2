package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.glanceshare.testing.internal.http.WebobError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Glance's metadata definition catalogue: namespaces (with their objects, properties, tags and resource type
 * associations) and resource types. Seeded at start from the definitions Glance ships, as
 * {@code glance-manage db_load_metadefs} seeds a standard deployment. Every access runs in {@link #locked}.
 */
public final class MetadefCatalog {
    private static final String BASE = "/dev/glanceshare/testing/metadefs/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Object lock = new Object();
    /** In creation order; listing sorts as Glance does. */
    final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    /** Resource type name to its creation time. */
    final Map<String, Instant> resourceTypes = new LinkedHashMap<>();
    /** Resource types created by the loader are protected. */
    final java.util.Set<String> protectedTypes = new java.util.HashSet<>();

    /**
     * Creates the catalogue with the shipped definitions loaded.
     *
     * @param now the load time (truncated to seconds for display, as Glance shows it)
     * @return the catalogue
     */
    public static MetadefCatalog seeded(Instant now) {
        MetadefCatalog catalog = new MetadefCatalog();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Shipped.DEFINITIONS.forEach(d -> catalog.load(d, at));
        return catalog;
    }

    /** The shipped definitions, parsed once per JVM when first needed (the trees are only read). */
    private static final class Shipped {
        static final java.util.List<JsonNode> DEFINITIONS = parse();

        private static java.util.List<JsonNode> parse() {
            java.util.List<JsonNode> out = new java.util.ArrayList<>();
            for (String file : resource(BASE + "definitions/index.txt").split("\n")) {
                if (!file.isBlank()) {
                    out.add(read(BASE + "definitions/" + file.strip()));
                }
            }
            return java.util.List.copyOf(out);
        }
    }

    /**
     * Runs an operation under the catalogue lock.
     *
     * @param op the operation
     * @param <T> its result
     * @return its result
     */
    public <T> T locked(Supplier<T> op) {
        synchronized (lock) {
            return op.get();
        }
    }

    /**
     * The body real Glance serves for {@code /v2/schemas/metadefs/<name>}.
     *
     * @param name {@code namespace}, {@code namespaces}, {@code object}, ... {@code resource_types}
     * @return the JSON text, or null for an unknown name
     */
    public static String schema(String name) {
        if (!name.matches("namespaces?|objects?|property|properties|tags?|resource_types?")) {
            return null;
        }
        return resource(BASE + "schemas/" + name + ".json").strip();
    }

    // As glance-manage db_load_metadefs (without --merge): a namespace that exists is skipped.
    private void load(JsonNode d, Instant at) {
        String name = d.path("namespace").asText(null);
        if (name == null || namespaces.containsKey(name)) {
            return;
        }
        Namespace ns = new Namespace();
        ns.namespace = name;
        ns.displayName = d.path("display_name").asText(null);
        ns.description = d.path("description").asText(null);
        ns.visibility = d.path("visibility").asText("private"); // the database column's default
        ns.protectedNs = d.path("protected").asBoolean(false);
        ns.owner = d.path("owner").asText("admin");
        ns.createdAt = at;
        for (JsonNode rt : d.path("resource_type_associations")) {
            String type = rt.path("name").asText();
            if (!resourceTypes.containsKey(type)) {
                resourceTypes.put(type, at);
                protectedTypes.add(type);
            }
            Namespace.Association a = new Namespace.Association();
            a.name = type;
            a.prefix = rt.path("prefix").asText(null);
            a.propertiesTarget = rt.path("properties_target").asText(null);
            a.createdAt = at;
            ns.associations.add(a);
        }
        d.path("properties").properties().forEach(p -> ns.properties.put(p.getKey(), PropertyType.of(p.getValue(),
                false)));
        for (JsonNode o : d.path("objects")) {
            Namespace.MdObject obj = new Namespace.MdObject();
            obj.name = o.path("name").asText();
            obj.description = o.path("description").asText(null);
            // the loader stores an object's properties only; its "required" list is not kept
            o.path("properties").properties().forEach(p -> obj.properties.put(p.getKey(),
                    PropertyType.of(p.getValue(), false)));
            obj.createdAt = at;
            ns.objects.put(obj.name, obj);
        }
        for (JsonNode t : d.path("tags")) {
            String tag = t.path("name").asText();
            ns.tags.put(tag, new Namespace.Stamped(tag, at));
        }
        namespaces.put(name, ns);
    }

    /**
     * A namespace the caller may see (call inside the lock).
     *
     * @param name the namespace name
     * @param projectId the caller's project
     * @param admin whether the caller is admin
     * @param message the 404 explanation Glance gives at this call site
     * @return the namespace
     * @throws WebobError 404 when it does not exist or is not visible
     */
    Namespace visible(String name, String projectId, boolean admin, String message) {
        Namespace ns = namespaces.get(name);
        if (ns == null || !ns.visibleTo(projectId, admin)) {
            throw WebobError.of(404, message);
        }
        return ns;
    }

    private static JsonNode read(String path) {
        try {
            return JSON.readTree(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException("bad bundled metadata definition " + path, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = MetadefCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + path, e);
        }
    }
}
