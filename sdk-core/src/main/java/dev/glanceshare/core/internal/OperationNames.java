package dev.glanceshare.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names each request the SDK sends as an operation, such as {@code image.members.add}, from its method and
 * path. The names form a fixed list (docs/observability.md), so they are safe as metric tags: IDs in the path
 * never reach the name. A request outside the list is {@code <service>.other}.
 */
public final class OperationNames {
    private OperationNames() {}

    /**
     * @param serviceName the SDK's name for the service: {@code Glance}, {@code Keystone} or another
     * @return the observation's service tag: {@code image}, {@code identity}, or the name in lower case
     */
    public static String service(String serviceName) {
        switch (serviceName) {
            case "Glance": return "image";
            case "Keystone": return "identity";
            default: return serviceName.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param service {@code image}, {@code identity} or another service tag
     * @param method the HTTP method, upper case
     * @param rawPath the request's path, percent-encoded, without its query
     * @return the operation's name
     */
    public static String of(String service, String method, String rawPath) {
        List<String> path = segmentsAfterVersion(rawPath);
        String name;
        if ("image".equals(service)) {
            name = image(method, path);
        } else if ("identity".equals(service)) {
            name = identity(method, path);
        } else {
            name = null;
        }
        return service + "." + (name == null ? "other" : name);
    }

    private static String image(String method, List<String> p) {
        if (p == null) {
            return "GET".equals(method) ? "versions" : null;
        }
        int n = p.size();
        if (n == 0 || !"images".equals(p.get(0))) {
            return n > 0 && "schemas".equals(p.get(0)) && "GET".equals(method) ? "schemas.get" : null;
        }
        if (n == 1) {
            return pick(method, "GET", "list", "POST", "create");
        }
        if (n == 2) {
            return pick(method, "GET", "get", "PATCH", "update", "DELETE", "delete");
        }
        String sub = p.get(2);
        switch (sub) {
            case "members":
                return n == 3 ? prefixed("members.", pick(method, "GET", "list", "POST", "add"))
                        : prefixed("members.", pick(method, "GET", "get", "PUT", "update", "DELETE", "remove"));
            case "file":
                return pick(method, "GET", "download", "PUT", "upload");
            case "stage":
                return pick(method, "PUT", "stage");
            case "import":
                return pick(method, "POST", "import");
            case "tags":
                return prefixed("tags.", pick(method, "PUT", "add", "DELETE", "remove"));
            case "actions":
                return n == 4 && "POST".equals(method) && ("deactivate".equals(p.get(3)) || "reactivate".equals(p.get(3)))
                        ? p.get(3) : null;
            default:
                return null;
        }
    }

    private static String identity(String method, List<String> p) {
        if (p == null || p.isEmpty()) {
            return "GET".equals(method) ? "versions" : null;
        }
        int n = p.size();
        if ("auth".equals(p.get(0)) && n == 2 && "tokens".equals(p.get(1))) {
            return pick(method, "POST", "tokens.issue", "GET", "tokens.validate");
        }
        if ("auth".equals(p.get(0)) && n == 2 && "projects".equals(p.get(1))) {
            return pick(method, "GET", "auth.projects.list");
        }
        if ("projects".equals(p.get(0))) {
            return n == 1 ? pick(method, "GET", "projects.list") : n == 2 ? pick(method, "GET", "projects.get") : null;
        }
        return null;
    }

    /** @return the segments after the first {@code v2} or {@code v3} segment; {@code null} when there is none */
    private static List<String> segmentsAfterVersion(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        List<String> after = null;
        for (String s : rawPath.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (after != null) {
                after.add(s);
            } else if ("v2".equals(s) || "v3".equals(s)) {
                after = new ArrayList<>(4);
            }
        }
        return after;
    }

    private static String pick(String method, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(method)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    private static String prefixed(String prefix, String name) {
        return name == null ? null : prefix + name;
    }
}
