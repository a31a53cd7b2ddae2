package dev.glanceshare.testing.internal.metadefs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.testing.internal.http.WebobError;
import java.time.Instant;

/** What a namespace create may carry besides the namespace: associations, objects, tags and properties. */
final class NamespaceContents {
    private NamespaceContents() {
    }

    /**
     * Adds the contents of a create body to a new namespace (call inside the lock), in Glance's order.
     *
     * @param catalog the catalogue, for resource types
     * @param ns the new namespace
     * @param body the create body
     * @param now the creation time
     */
    static void addAll(MetadefCatalog catalog, Namespace ns, JsonNode body, Instant now) {
        for (JsonNode a : body.path("resource_type_associations")) {
            NamespaceSchema.validateNamed(a, "namespace");
            ResourceTypesApi.association(catalog, ns, a, now);
        }
        for (JsonNode o : body.path("objects")) {
            NamespaceSchema.validateObject(o);
            Namespace.MdObject object = ObjectsApi.object(o, ns);
            object.createdAt = now;
            ns.objects.put(object.name, object);
        }
        for (JsonNode t : body.path("tags")) {
            NamespaceSchema.validateNamed(t, "namespace");
            String name = t.get("name").asText();
            if (ns.tagKey(name) != null) {
                throw WebobError.of(409, "A metadata tag with name=" + name + " already exists in namespace="
                        + ns.namespace + ". (Please note that metadata tag names are case insensitive).");
            }
            ns.tags.put(name, new Namespace.Stamped(name, now));
        }
        body.path("properties").properties().forEach(p -> ns.properties.put(p.getKey(),
                PropertyType.of(p.getValue(), false)));
    }
}
