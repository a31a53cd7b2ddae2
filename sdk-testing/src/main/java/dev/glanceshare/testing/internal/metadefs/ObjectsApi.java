package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Bodies;
import dev.glanceshare.testing.internal.image.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v2/metadefs/namespaces/{namespace}/objects} and {@code .../objects/{name}}. */
final class ObjectsApi {
    private final MetadefEnv env;

    ObjectsApi(MetadefEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller c, HttpRequest r, String namespace) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("objects", MetadefViews.objects(ns));
            body.put("schema", "v2/schemas/metadefs/objects"); // sic: Glance leaves out the leading slash here
            return NamespacesApi.json(200, body);
        });
    }

    HttpResponse show(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            return NamespacesApi.json(200, MetadefViews.object(ns.namespace, find(ns, name)));
        });
    }

    HttpResponse create(Caller c, HttpRequest r, String namespace) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateObject(body);
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "add_metadef_object");
            Namespace.MdObject o = object(body, ns);
            o.createdAt = now;
            ns.objects.put(o.name, o);
            return NamespacesApi.json(201, MetadefViews.object(ns.namespace, o));
        });
    }

    HttpResponse update(Caller c, HttpRequest r, String namespace, String name) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateObject(body);
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            Namespace.MdObject old = find(ns, name);
            env.requireAdmin(c, "modify_metadef_object");
            String newName = body.get("name").asText();
            if (!newName.equals(name) && ns.objects.containsKey(newName)) {
                throw WebobError.of(409, "Invalid update. It would result in a duplicate metadata definition object"
                        + " with the same name=" + newName + " in namespace=" + ns.namespace + ".");
            }
            Namespace.MdObject o = parse(body);
            o.createdAt = old.createdAt;
            o.updatedAt = now;
            Map<String, Namespace.MdObject> kept = new LinkedHashMap<>();
            ns.objects.forEach((k, v) -> kept.put(k.equals(name) ? newName : k, k.equals(name) ? o : v));
            ns.objects.clear();
            ns.objects.putAll(kept);
            return NamespacesApi.json(200, MetadefViews.object(ns.namespace, o));
        });
    }

    HttpResponse delete(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            find(ns, name);
            env.requireAdmin(c, "delete_metadef_object");
            if (ns.protectedNs) {
                throw WebobError.of(403, "Metadata definition object " + name + " is protected and cannot be deleted.");
            }
            ns.objects.remove(name);
            return MetadefEnv.noContent();
        });
    }

    /** Creates an object from a request body, refusing a duplicate name (call inside the lock). */
    static Namespace.MdObject object(JsonNode body, Namespace ns) {
        Namespace.MdObject o = parse(body);
        if (ns.objects.containsKey(o.name)) {
            throw WebobError.of(409, "A metadata definition object with name=" + o.name
                    + " already exists in namespace=" + ns.namespace + ".");
        }
        return o;
    }

    private static Namespace.MdObject parse(JsonNode body) {
        Namespace.MdObject o = new Namespace.MdObject();
        o.name = body.get("name").asText();
        o.description = body.hasNonNull("description") ? body.get("description").asText() : null;
        List<String> required = new ArrayList<>();
        body.path("required").forEach(n -> required.add(n.asText()));
        o.required = List.copyOf(required);
        body.path("properties").properties().forEach(p -> o.properties.put(p.getKey(),
                PropertyType.of(p.getValue(), false)));
        return o;
    }

    private Namespace namespace(Caller c, String name) {
        return env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
    }

    private static Namespace.MdObject find(Namespace ns, String name) {
        Namespace.MdObject o = ns.objects.get(name);
        if (o == null) {
            throw WebobError.of(404, "The metadata definition object with name=" + name + " was not found in"
                    + " namespace=" + ns.namespace + ".");
        }
        return o;
    }
}
