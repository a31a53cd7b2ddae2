package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Bodies;
import dev.glanceshare.testing.internal.image.Caller;
import dev.glanceshare.testing.internal.image.ImageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v2/metadefs/resource_types} and a namespace's associations with them,
 * {@code /v2/metadefs/namespaces/{namespace}/resource_types[/{name}]}.
 */
final class ResourceTypesApi {
    private final MetadefEnv env;

    ResourceTypesApi(MetadefEnv env) {
        this.env = env;
    }

    HttpResponse index(HttpRequest r) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            List<Map<String, Object>> types = new ArrayList<>();
            env.catalog().resourceTypes.forEach((name, created) -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", name);
                v.put("created_at", ImageView.isotime(created));
                types.add(v);
            });
            return NamespacesApi.json(200, Map.of("resource_types", types));
        });
    }

    HttpResponse associations(Caller c, HttpRequest r, String namespace) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            return NamespacesApi.json(200, Map.of("resource_type_associations",
                    ns.associations.stream().map(MetadefViews::association).toList()));
        });
    }

    HttpResponse associate(Caller c, HttpRequest r, String namespace) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateNamed(body, "resource_type_association");
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "add_metadef_resource_type_association");
            Namespace.Association a = association(env.catalog(), ns, body, now);
            return NamespacesApi.json(201, MetadefViews.association(a));
        });
    }

    /** Adds an association, creating an unknown resource type as Glance does (call inside the lock). */
    static Namespace.Association association(MetadefCatalog catalog, Namespace ns, JsonNode body, Instant now) {
        String name = body.get("name").asText();
        if (ns.associations.stream().anyMatch(a -> a.name.equals(name))) {
            throw WebobError.of(409, "The metadata definition resource-type association of resource-type=" + name
                    + " to namespace=" + ns.namespace + " already exists.");
        }
        catalog.resourceTypes.putIfAbsent(name, now);
        Namespace.Association a = new Namespace.Association();
        a.name = name;
        a.prefix = body.hasNonNull("prefix") ? body.get("prefix").asText() : null;
        a.propertiesTarget = body.hasNonNull("properties_target") ? body.get("properties_target").asText() : null;
        a.createdAt = now;
        ns.associations.add(a);
        return a;
    }

    HttpResponse dissociate(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "remove_metadef_resource_type_association");
            Namespace.Association a = ns.associations.stream().filter(x -> x.name.equals(name)).findFirst()
                    .orElseThrow(() -> WebobError.of(404, "The metadata definition resource-type association of"
                            + " resource-type=" + name + " to namespace=" + ns.namespace + ", was not found."));
            if (ns.protectedNs) {
                throw WebobError.of(403, "Metadata definition resource-type-association " + name
                        + " is protected and cannot be deleted.");
            }
            ns.associations.remove(a);
            return MetadefEnv.noContent();
        });
    }

    private Namespace namespace(Caller c, String name) {
        return env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
    }
}
