package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Bodies;
import dev.glanceshare.testing.internal.image.Caller;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /v2/metadefs/namespaces/{namespace}/properties} and {@code .../properties/{name}}. */
final class PropertiesApi {
    private final MetadefEnv env;

    PropertiesApi(MetadefEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller c, HttpRequest r, String namespace) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            return NamespacesApi.json(200, Map.of("properties", new LinkedHashMap<>(ns.properties)));
        });
    }

    HttpResponse show(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            return NamespacesApi.json(200, MetadefViews.property(name, find(ns, name)));
        });
    }

    HttpResponse create(Caller c, HttpRequest r, String namespace) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateProperty(body);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "add_metadef_property");
            String name = body.get("name").asText();
            if (ns.properties.containsKey(name)) {
                throw WebobError.of(409, "A metadata definition property with name=" + name
                        + " already exists in namespace=" + ns.namespace + ".");
            }
            ns.properties.put(name, PropertyType.of(body, false));
            return NamespacesApi.json(201, MetadefViews.property(name, ns.properties.get(name)));
        });
    }

    HttpResponse update(Caller c, HttpRequest r, String namespace, String name) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateProperty(body);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            find(ns, name);
            env.requireAdmin(c, "modify_metadef_property");
            String newName = body.get("name").asText();
            if (!newName.equals(name) && ns.properties.containsKey(newName)) {
                throw WebobError.of(409, "Invalid update. It would result in a duplicate metadata definition property"
                        + " with the same name=" + newName + " in namespace=" + ns.namespace + ".");
            }
            ns.properties.remove(name);
            ns.properties.put(newName, PropertyType.of(body, false));
            return NamespacesApi.json(200, MetadefViews.property(newName, ns.properties.get(newName)));
        });
    }

    HttpResponse delete(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            find(ns, name);
            env.requireAdmin(c, "remove_metadef_property");
            if (ns.protectedNs) {
                throw WebobError.of(403, "Metadata definition property " + name
                        + " is protected and cannot be deleted.");
            }
            ns.properties.remove(name);
            return MetadefEnv.noContent();
        });
    }

    private Namespace namespace(Caller c, String name) {
        return env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
    }

    private static Map<String, Object> find(Namespace ns, String name) {
        Map<String, Object> p = ns.properties.get(name);
        if (p == null) {
            throw WebobError.of(404, "The metadata definition property with name=" + name + " was not found in"
                    + " namespace=" + ns.namespace + ".");
        }
        return p;
    }
}
