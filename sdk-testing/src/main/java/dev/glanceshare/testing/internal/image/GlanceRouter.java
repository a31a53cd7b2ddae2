package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Glance's v2 route table: a known path with another method is a 405 with {@code Allow}, an unknown path
 * is a 404, or a 501 for a method Glance does not implement at all.
 */
final class GlanceRouter {
    private static final Set<String> IMPLEMENTED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH");

    private final ImagesApi images;
    private final ImageListing listing;
    private final ImagePatch patch;
    private final ImageDataApi data;
    private final TagsApi tags;
    private final MembersApi members;
    private final ImageActionsApi actions;
    private final ImportApi imports;
    private final CacheApi cache;

    private final dev.glanceshare.testing.internal.metadefs.MetadefRouter metadefs;

    GlanceRouter(GlanceEnv env, dev.glanceshare.testing.internal.metadefs.MetadefRouter metadefs) {
        this.metadefs = metadefs;
        this.images = new ImagesApi(env);
        this.listing = new ImageListing(env);
        this.patch = new ImagePatch(env);
        this.data = new ImageDataApi(env);
        this.tags = new TagsApi(env);
        this.members = new MembersApi(env);
        this.actions = new ImageActionsApi(env);
        this.imports = new ImportApi(env);
        this.cache = new CacheApi(env);
    }

    HttpResponse route(Caller c, HttpRequest r, String rest) {
        List<String> s = rest.isEmpty() ? List.of() : Arrays.asList(rest.substring(1).split("/", -1));
        String m = r.method();
        if (s.contains("")) {
            s = List.of(); // a route variable never matches an empty segment, so nothing below can match
        }
        if (s.size() >= 1 && s.get(0).equals("images")) {
            HttpResponse response = images(c, r, s, m);
            if (response != null) {
                return response;
            }
        } else if (s.size() >= 1 && s.size() <= 2 && s.get(0).equals("cache")) {
            return cache(c, r, s, m);
        } else if (s.size() == 2 && s.get(0).equals("tasks")) {
            if (!m.equals("GET")) {
                throw WebobError.methodNotAllowed(m, "GET");
            }
            return imports.task(c, r, s.get(1));
        } else if (s.size() >= 1 && s.get(0).equals("metadefs")) {
            HttpResponse response = metadefs.route(c, r, s.subList(1, s.size()));
            if (response != null) {
                return response;
            }
        } else if (s.size() == 3 && s.get(0).equals("schemas") && s.get(1).equals("metadefs")) {
            HttpResponse response = dev.glanceshare.testing.internal.metadefs.MetadefRouter.schema(r, s.get(2));
            if (response != null) {
                return response;
            }
        } else if (s.size() == 2 && s.get(0).equals("schemas")) {
            HttpResponse response = schemas(r, s.get(1), m);
            if (response != null) {
                return response;
            }
        } else if (s.size() >= 2 && s.get(0).equals("info")) {
            HttpResponse response = info(r, s, m);
            if (response != null) {
                return response;
            }
        }
        if (!IMPLEMENTED.contains(m)) {
            throw WebobError.of(501, "");
        }
        throw WebobError.of(404);
    }

    // Null when no route matches.
    private HttpResponse images(Caller c, HttpRequest r, List<String> s, String m) {
        switch (s.size()) {
            case 1:
                return switch (m) {
                    case "GET" -> listing.index(c, r);
                    case "POST" -> images.create(c, r);
                    default -> throw WebobError.methodNotAllowed(m, "GET, POST");
                };
            case 2:
                return switch (m) {
                    case "GET" -> images.show(c, r, s.get(1));
                    case "PATCH" -> patch.update(c, r, s.get(1));
                    case "DELETE" -> images.delete(c, r, s.get(1));
                    default -> throw WebobError.methodNotAllowed(m, "GET, PATCH, DELETE");
                };
            case 3:
                if (s.get(2).equals("file")) {
                    return switch (m) {
                        case "GET" -> data.download(c, r, s.get(1));
                        case "PUT" -> data.upload(c, r, s.get(1));
                        default -> throw WebobError.methodNotAllowed(m, "GET, PUT");
                    };
                }
                if (s.get(2).equals("members")) {
                    return switch (m) {
                        case "GET" -> members.index(c, r, s.get(1));
                        case "POST" -> members.create(c, r, s.get(1));
                        default -> throw WebobError.methodNotAllowed(m, "GET, POST");
                    };
                }
                if (s.get(2).equals("tasks") && m.equals("GET")) {
                    return imports.tasksOfImage(c, r, s.get(1));
                }
                if (s.get(2).equals("stage")) {
                    if (!m.equals("PUT")) {
                        throw WebobError.methodNotAllowed(m, "PUT");
                    }
                    return imports.stage(c, r, s.get(1));
                }
                if (s.get(2).equals("import")) {
                    if (!m.equals("POST")) {
                        throw WebobError.methodNotAllowed(m, "POST");
                    }
                    return imports.importImage(c, r, s.get(1));
                }
                return null;
            case 4:
                if (s.get(2).equals("tags")) {
                    return switch (m) {
                        case "PUT" -> tags.put(c, r, s.get(1), s.get(3));
                        case "DELETE" -> tags.delete(c, r, s.get(1), s.get(3));
                        default -> throw WebobError.methodNotAllowed(m, "PUT, DELETE");
                    };
                }
                if (s.get(2).equals("members")) {
                    return switch (m) {
                        case "GET" -> members.show(c, r, s.get(1), s.get(3));
                        case "PUT" -> members.update(c, r, s.get(1), s.get(3));
                        case "DELETE" -> members.delete(c, r, s.get(1), s.get(3));
                        default -> throw WebobError.methodNotAllowed(m, "GET, PUT, DELETE");
                    };
                }
                if (s.get(2).equals("actions") && (s.get(3).equals("deactivate") || s.get(3).equals("reactivate"))) {
                    if (!m.equals("POST")) {
                        throw WebobError.methodNotAllowed(m, "POST");
                    }
                    return actions.act(c, r, s.get(1), s.get(3));
                }
                return null;
            default:
                return null;
        }
    }

    private HttpResponse cache(Caller c, HttpRequest r, List<String> s, String m) {
        if (s.size() == 1) {
            return switch (m) {
                case "GET" -> cache.list(c, r);
                case "DELETE" -> cache.clear(c, r);
                default -> throw WebobError.methodNotAllowed(m, "GET, DELETE");
            };
        }
        return switch (m) {
            case "PUT" -> cache.queue(c, r, s.get(1));
            case "DELETE" -> cache.delete(c, r, s.get(1));
            default -> throw WebobError.methodNotAllowed(m, "PUT, DELETE");
        };
    }

    private static HttpResponse schemas(HttpRequest r, String name, String m) {
        Map<String, Object> schema = switch (name) {
            case "member" -> GlanceDiscovery.memberSchema();
            case "members" -> GlanceDiscovery.membersSchema();
            case "image", "images" -> ImageSchema.schema(name);
            default -> null;
        };
        if (schema == null) {
            return null;
        }
        if (!m.equals("GET")) {
            throw WebobError.methodNotAllowed(m, "GET");
        }
        Bodies.reject(r);
        return HttpResponse.json(200, PyJson.dumps(schema, true));
    }

    private static HttpResponse info(HttpRequest r, List<String> s, String m) {
        String what = String.join("/", s.subList(1, s.size()));
        if (!what.equals("import") && !what.equals("stores") && !what.equals("stores/detail")) {
            return null;
        }
        if (!m.equals("GET")) {
            throw WebobError.methodNotAllowed(m, "GET");
        }
        Bodies.reject(r);
        if (what.equals("import")) {
            return HttpResponse.json(200, PyJson.dumps(GlanceDiscovery.importInfo(), false));
        }
        throw WebobError.of(404, "Multi backend is not supported at this site.");
    }
}
