package dev.glanceshare.testing.internal.metadefs;

import dev.glanceshare.testing.FakeClock;
import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.WebobError;
import dev.glanceshare.testing.internal.image.Bodies;
import dev.glanceshare.testing.internal.image.Caller;
import java.util.List;

/**
 * Glance's metadata definition routes under {@code /v2/metadefs} and {@code /v2/schemas/metadefs}: a known
 * path with another method is a 405 with {@code Allow}.
 */
public final class MetadefRouter {
    private final NamespacesApi namespaces;
    private final ObjectsApi objects;
    private final PropertiesApi properties;
    private final TagsApi tags;
    private final ResourceTypesApi types;

    /**
     * @param catalog gives the catalogue, when first needed (seeding it costs a few milliseconds that a fake
     *     which never serves a metadata definition should not pay)
     * @param clock the fake clock
     * @param root the Glance root URL
     */
    public MetadefRouter(java.util.function.Supplier<MetadefCatalog> catalog, FakeClock clock, String root) {
        MetadefEnv env = new MetadefEnv(catalog, clock, root);
        this.namespaces = new NamespacesApi(env);
        this.objects = new ObjectsApi(env);
        this.properties = new PropertiesApi(env);
        this.tags = new TagsApi(env);
        this.types = new ResourceTypesApi(env);
    }

    /**
     * Serves {@code GET /v2/schemas/metadefs/<name>}.
     *
     * @param r the request
     * @param name the schema name
     * @return the response, or null when there is no such schema
     */
    public static HttpResponse schema(HttpRequest r, String name) {
        String schema = MetadefCatalog.schema(name);
        if (schema == null) {
            return null;
        }
        if (!r.method().equals("GET")) {
            throw WebobError.methodNotAllowed(r.method(), "GET");
        }
        Bodies.reject(r);
        return HttpResponse.json(200, schema);
    }

    /**
     * Routes a request below {@code /v2/metadefs}.
     *
     * @param c the caller
     * @param r the request
     * @param s the path segments after {@code metadefs}
     * @return the response, or null when no route matches
     */
    public HttpResponse route(Caller c, HttpRequest r, List<String> s) {
        String m = r.method();
        if (s.size() == 1 && s.get(0).equals("resource_types")) {
            return switch (m) {
                case "GET" -> types.index(r);
                default -> throw WebobError.methodNotAllowed(m, "GET");
            };
        }
        if (s.isEmpty() || !s.get(0).equals("namespaces")) {
            return null;
        }
        if (s.size() == 1) {
            return switch (m) {
                case "GET" -> namespaces.index(c, r);
                case "POST" -> namespaces.create(c, r);
                default -> throw WebobError.methodNotAllowed(m, "GET, POST");
            };
        }
        String ns = s.get(1);
        if (s.size() == 2) {
            return switch (m) {
                case "GET" -> namespaces.show(c, r, ns);
                case "PUT" -> namespaces.update(c, r, ns);
                case "DELETE" -> namespaces.delete(c, r, ns, "namespace");
                default -> throw WebobError.methodNotAllowed(m, "GET, PUT, DELETE");
            };
        }
        String kind = s.get(2);
        if (s.size() == 3) {
            return collection(c, r, ns, kind);
        }
        return s.size() == 4 ? member(c, r, ns, kind, s.get(3)) : null;
    }

    private HttpResponse collection(Caller c, HttpRequest r, String ns, String kind) {
        String m = r.method();
        return switch (kind) {
            case "objects" -> switch (m) {
                case "GET" -> objects.index(c, r, ns);
                case "POST" -> objects.create(c, r, ns);
                case "DELETE" -> namespaces.delete(c, r, ns, "objects");
                default -> throw WebobError.methodNotAllowed(m, "GET, POST, DELETE");
            };
            case "properties" -> switch (m) {
                case "GET" -> properties.index(c, r, ns);
                case "POST" -> properties.create(c, r, ns);
                case "DELETE" -> namespaces.delete(c, r, ns, "properties");
                default -> throw WebobError.methodNotAllowed(m, "GET, POST, DELETE");
            };
            case "tags" -> switch (m) {
                case "GET" -> tags.index(c, r, ns);
                case "POST" -> tags.createAll(c, r, ns);
                case "DELETE" -> namespaces.delete(c, r, ns, "tags");
                default -> throw WebobError.methodNotAllowed(m, "GET, POST, DELETE");
            };
            case "resource_types" -> switch (m) {
                case "GET" -> types.associations(c, r, ns);
                case "POST" -> types.associate(c, r, ns);
                default -> throw WebobError.methodNotAllowed(m, "GET, POST");
            };
            default -> null;
        };
    }

    private HttpResponse member(Caller c, HttpRequest r, String ns, String kind, String name) {
        String m = r.method();
        return switch (kind) {
            case "objects" -> switch (m) {
                case "GET" -> objects.show(c, r, ns, name);
                case "PUT" -> objects.update(c, r, ns, name);
                case "DELETE" -> objects.delete(c, r, ns, name);
                default -> throw WebobError.methodNotAllowed(m, "GET, PUT, DELETE");
            };
            case "properties" -> switch (m) {
                case "GET" -> properties.show(c, r, ns, name);
                case "PUT" -> properties.update(c, r, ns, name);
                case "DELETE" -> properties.delete(c, r, ns, name);
                default -> throw WebobError.methodNotAllowed(m, "GET, PUT, DELETE");
            };
            case "tags" -> switch (m) {
                case "GET" -> tags.show(c, r, ns, name);
                case "POST" -> tags.create(c, r, ns, name);
                case "PUT" -> tags.update(c, r, ns, name);
                case "DELETE" -> tags.delete(c, r, ns, name);
                default -> throw WebobError.methodNotAllowed(m, "GET, POST, PUT, DELETE");
            };
            case "resource_types" -> switch (m) {
                case "DELETE" -> types.dissociate(c, r, ns, name);
                default -> throw WebobError.methodNotAllowed(m, "DELETE");
            };
            default -> null;
        };
    }
}
