package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.QueryParams;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Bodies;
import dev.glanceshare.testing.internal.image.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /v2/metadefs/namespaces} and {@code /v2/metadefs/namespaces/{namespace}}. */
final class NamespacesApi {
    private final MetadefEnv env;

    NamespacesApi(MetadefEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller c, HttpRequest r) {
        Bodies.reject(r);
        QueryParams params = QueryParams.parse(r.rawQuery());
        Map<String, String> q = new LinkedHashMap<>();
        params.pairs().forEach(p -> q.putIfAbsent(p.getKey(), p.getValue())); // webob's pop takes the first
        int limit = MetadefEnv.limit(q.get("limit"));
        String sortDir = q.getOrDefault("sort_dir", "desc");
        if (!sortDir.equals("asc") && !sortDir.equals("desc")) {
            throw WebobError.of(400, "Invalid sort direction: " + sortDir);
        }
        String visibility = q.get("visibility");
        if (visibility != null && !visibility.isEmpty() && !visibility.equals("public")
                && !visibility.equals("private")) {
            throw WebobError.of(400, "Invalid visibility value: " + visibility);
        }
        String sortKey = q.getOrDefault("sort_key", "created_at");
        return env.catalog().locked(() -> {
            List<Namespace> all = new ArrayList<>(env.catalog().namespaces.values());
            List<Namespace> order = new ArrayList<>(all);
            Comparator<Namespace> by = MetadefEnv.order(sortKey, n -> n.namespace, n -> n.createdAt, n -> n.updatedAt,
                    all::indexOf);
            order.sort(sortDir.equals("asc") ? by : by.reversed());
            String marker = q.get("marker");
            if (marker != null) {
                Namespace m = env.catalog().visible(marker, c.projectId(), c.admin(),
                        "Metadata definition namespace=" + marker + " was not found.");
                order = order.subList(order.indexOf(m) + 1, order.size());
            }
            String type = q.get("resource_types");
            List<Namespace> page = new ArrayList<>();
            for (Namespace ns : order) {
                if (page.size() >= limit) {
                    break;
                }
                if (!ns.visibleTo(c.projectId(), c.admin())
                        || (visibility != null && !visibility.isEmpty() && !visibility.equals(ns.visibility))
                        || (type != null && ns.associations.stream().noneMatch(a -> List.of(type.split(","))
                                .contains(a.name)))) {
                    continue;
                }
                page.add(ns);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("namespaces", page.stream().map(ns -> MetadefViews.namespace(ns, false)).toList());
            Map<String, String> links = params.asDict(); // Glance re-encodes dict(request.params) without marker
            links.remove("marker");
            String query = QueryParams.urlencode(links);
            if (!page.isEmpty() && page.size() == limit) {
                links.put("marker", page.get(page.size() - 1).namespace);
                body.put("next", "/v2/metadefs/namespaces?" + QueryParams.urlencode(links));
            }
            body.put("schema", "/v2/schemas/metadefs/namespaces");
            body.put("first", "/v2/metadefs/namespaces" + (query.isEmpty() ? "" : "?" + query));
            return json(200, body);
        });
    }

    HttpResponse show(Caller c, HttpRequest r, String name) {
        Bodies.reject(r);
        String type = QueryParams.parse(r.rawQuery()).first("resource_type").orElse(null);
        return env.catalog().locked(() -> {
            Namespace ns = env.catalog().namespaces.get(name);
            if (ns == null) {
                throw WebobError.of(404, "Metadata definition namespace=" + name + " was not found.");
            }
            if (!ns.visibleTo(c.projectId(), c.admin())) {
                throw WebobError.of(404); // Glance hides the namespace with a bare 404
            }
            Map<String, Object> body = MetadefViews.namespace(ns, true);
            String prefix = ns.associations.stream().filter(a -> a.name.equals(type)).map(a -> a.prefix)
                    .findFirst().orElse(null);
            if (type != null && prefix != null) {
                MetadefEnv.prefix(body, prefix);
            }
            return json(200, body);
        });
    }

    HttpResponse create(Caller c, HttpRequest r) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validate(body);
        env.requireAdmin(c, "add_metadef_namespace");
        Instant now = env.now();
        return env.catalog().locked(() -> {
            String name = body.get("namespace").asText();
            if (env.catalog().namespaces.containsKey(name)) {
                throw WebobError.of(409, "The metadata definition namespace=" + name + " already exists.");
            }
            Namespace ns = new Namespace();
            ns.namespace = name;
            apply(ns, body, c);
            ns.createdAt = now;
            NamespaceContents.addAll(env.catalog(), ns, body, now);
            env.catalog().namespaces.put(name, ns);
            return json(201, MetadefViews.namespace(ns, true))
                    .header("Location", env.root() + "/v2/metadefs/namespaces/" + name);
        });
    }

    HttpResponse update(Caller c, HttpRequest r, String name) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validate(body);
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
            env.requireAdmin(c, "modify_metadef_namespace");
            String newName = body.get("namespace").asText();
            if (!newName.equals(name) && env.catalog().namespaces.containsKey(newName)) {
                throw WebobError.of(409, "Invalid update. It would result in a duplicate metadata definition"
                        + " namespace with the same name of " + newName);
            }
            ns.namespace = newName;
            apply(ns, body, c);
            ns.updatedAt = now;
            if (!newName.equals(name)) {
                Map<String, Namespace> renamed = new LinkedHashMap<>();
                env.catalog().namespaces.forEach((k, v) -> renamed.put(k.equals(name) ? newName : k, v));
                env.catalog().namespaces.clear();
                env.catalog().namespaces.putAll(renamed);
            }
            Map<String, Object> view = MetadefViews.namespace(ns, false);
            view.remove("resource_type_associations"); // the update answer carries the base fields only
            return json(200, view);
        });
    }

    HttpResponse delete(Caller c, HttpRequest r, String name, String what) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
            env.requireAdmin(c, "delete_metadef_namespace");
            if (ns.protectedNs) {
                throw WebobError.of(403, "Metadata definition namespace " + name + " is protected and cannot be"
                        + " deleted.");
            }
            switch (what) {
                case "objects" -> ns.objects.clear();
                case "properties" -> ns.properties.clear();
                case "tags" -> ns.tags.clear();
                default -> env.catalog().namespaces.remove(name);
            }
            return MetadefEnv.noContent();
        });
    }

    private static void apply(Namespace ns, JsonNode body, Caller c) {
        ns.displayName = text(body, "display_name");
        ns.description = text(body, "description");
        String visibility = text(body, "visibility");
        ns.visibility = visibility == null || visibility.isEmpty() ? "private" : visibility;
        ns.protectedNs = body.path("protected").asBoolean(false);
        String owner = text(body, "owner");
        ns.owner = owner == null || owner.isEmpty() ? c.projectId() : owner;
    }

    private static String text(JsonNode body, String key) {
        JsonNode v = body.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static HttpResponse json(int status, Object body) {
        return HttpResponse.json(status, PyJson.dumps(body, false));
    }
}
