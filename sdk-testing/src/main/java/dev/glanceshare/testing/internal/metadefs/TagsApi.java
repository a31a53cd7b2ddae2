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
import java.util.Locale;
import java.util.Map;

/**
 * {@code /v2/metadefs/namespaces/{namespace}/tags} (list, bulk create, delete all) and {@code .../tags/{name}}.
 * Tag names are case-insensitive, as in Glance's database.
 */
final class TagsApi {
    private final MetadefEnv env;

    TagsApi(MetadefEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller c, HttpRequest r, String namespace) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            return NamespacesApi.json(200, Map.of("tags", MetadefViews.tags(MetadefViews.newestFirst(ns.tags.values()))));
        });
    }

    HttpResponse show(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> NamespacesApi.json(200, MetadefViews.tag(find(namespace(c, namespace),
                name))));
    }

    /** {@code POST .../tags}: replaces every tag, or adds to them with {@code X-Openstack-Append: true}. */
    HttpResponse createAll(Caller c, HttpRequest r, String namespace) {
        JsonNode body = Bodies.required(r);
        List<String> names = new ArrayList<>();
        body.path("tags").forEach(t -> {
            NamespaceSchema.validateNamed(t, "tags");
            names.add(t.get("name").asText());
        });
        boolean append = r.header("X-Openstack-Append").map(v -> List.of("1", "t", "true", "on", "y", "yes")
                .contains(v.strip().toLowerCase(Locale.ROOT))).orElse(false);
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "add_metadef_tags");
            Map<String, Namespace.Stamped> next = new LinkedHashMap<>(append ? ns.tags : Map.of());
            for (String name : names) {
                if (next.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name))) {
                    throw duplicate(name, ns);
                }
                next.put(name, new Namespace.Stamped(name, now));
            }
            ns.tags.clear();
            ns.tags.putAll(next);
            List<Map<String, Object>> out = new ArrayList<>();
            names.forEach(n -> out.add(Map.of("name", n)));
            return NamespacesApi.json(201, Map.of("tags", out));
        });
    }

    HttpResponse create(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            env.requireAdmin(c, "add_metadef_tag");
            if (ns.tagKey(name) != null) {
                throw duplicate(name, ns);
            }
            Namespace.Stamped tag = new Namespace.Stamped(name, now);
            ns.tags.put(name, tag);
            return NamespacesApi.json(201, MetadefViews.tag(tag));
        });
    }

    HttpResponse update(Caller c, HttpRequest r, String namespace, String name) {
        JsonNode body = Bodies.required(r);
        NamespaceSchema.validateNamed(body, "tag");
        Instant now = env.now();
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            Namespace.Stamped tag = find(ns, name);
            env.requireAdmin(c, "modify_metadef_tag");
            String newName = body.get("name").asText();
            String clash = ns.tagKey(newName);
            if (clash != null && !clash.equals(ns.tagKey(name))) {
                throw WebobError.of(409, "Invalid update. It would result in a duplicate metadata tag with same"
                        + " name=" + newName + " in namespace=" + ns.namespace + ".");
            }
            Map<String, Namespace.Stamped> kept = new LinkedHashMap<>();
            String old = ns.tagKey(name);
            ns.tags.forEach((k, v) -> kept.put(k.equals(old) ? newName : k, v));
            tag.name = newName;
            tag.updatedAt = now;
            ns.tags.clear();
            ns.tags.putAll(kept);
            return NamespacesApi.json(200, MetadefViews.tag(tag));
        });
    }

    HttpResponse delete(Caller c, HttpRequest r, String namespace, String name) {
        Bodies.reject(r);
        return env.catalog().locked(() -> {
            Namespace ns = namespace(c, namespace);
            find(ns, name);
            env.requireAdmin(c, "delete_metadef_tag");
            if (ns.protectedNs) {
                throw WebobError.of(403, "Metadata definition tag " + name + " is protected and cannot be deleted.");
            }
            ns.tags.remove(ns.tagKey(name));
            return MetadefEnv.noContent();
        });
    }

    private static WebobError duplicate(String name, Namespace ns) {
        return WebobError.of(409, "A metadata tag with name=" + name + " already exists in namespace="
                + ns.namespace + ". (Please note that metadata tag names are case insensitive).");
    }

    private Namespace namespace(Caller c, String name) {
        return env.catalog().visible(name, c.projectId(), c.admin(), "Namespace " + name + " not found");
    }

    private static Namespace.Stamped find(Namespace ns, String name) {
        String key = ns.tagKey(name);
        if (key == null) {
            throw WebobError.of(404, "The metadata definition tag with name=" + name + " was not found in"
                    + " namespace=" + ns.namespace + ".");
        }
        return ns.tags.get(key);
    }
}
