package dev.glanceshare.testing.internal.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Glance's version list, {@code /v2/info/import} and the member schemas, as Zed serves them. */
final class GlanceDiscovery {
    private static final String[][] VERSIONS = {
        {"v2.16", "CURRENT"}, {"v2.15", "SUPPORTED"}, {"v2.14", "SUPPORTED"}, {"v2.9", "SUPPORTED"},
        {"v2.7", "SUPPORTED"}, {"v2.6", "SUPPORTED"}, {"v2.5", "SUPPORTED"}, {"v2.4", "SUPPORTED"},
        {"v2.3", "SUPPORTED"}, {"v2.2", "SUPPORTED"}, {"v2.1", "SUPPORTED"}, {"v2.0", "SUPPORTED"},
    };

    /** The URL path segments version negotiation accepts as "v2" (Zed with an image cache, no multi-store). */
    static final List<String> ALLOWED = List.of("v2", "v2.0", "v2.1", "v2.2", "v2.3", "v2.4", "v2.5", "v2.6",
            "v2.7", "v2.9", "v2.14", "v2.15", "v2.16");

    private GlanceDiscovery() {
    }

    static Map<String, Object> versions(String imageUrl) {
        List<Object> list = new ArrayList<>();
        for (String[] v : VERSIONS) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("id", v[0]);
            version.put("status", v[1]);
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("rel", "self");
            link.put("href", imageUrl + "/v2/");
            version.put("links", List.of(link));
            list.add(version);
        }
        return Map.of("versions", list);
    }

    static Map<String, Object> importInfo() {
        Map<String, Object> methods = new LinkedHashMap<>();
        methods.put("description", "Import methods available.");
        methods.put("type", "array");
        methods.put("value", List.of("glance-direct", "web-download", "copy-image"));
        return Map.of("import-methods", methods);
    }

    static Map<String, Object> memberSchema() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("member_id", prop("string", "An identifier for the image member (tenantId)"));
        Map<String, Object> imageId = prop("string", "An identifier for the image");
        imageId.put("pattern", "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$");
        props.put("image_id", imageId);
        props.put("created_at", prop("string", "Date and time of image member creation"));
        props.put("updated_at", prop("string", "Date and time of last modification of image member"));
        Map<String, Object> status = prop("string", "The status of this image member");
        status.put("enum", List.of("pending", "accepted", "rejected"));
        props.put("status", status);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("readOnly", true);
        schema.put("type", "string");
        props.put("schema", schema);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", "member");
        out.put("properties", props);
        return out;
    }

    static Map<String, Object> membersSchema() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("type", "array");
        items.put("items", memberSchema());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("members", items);
        props.put("schema", Map.of("type", "string"));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("rel", "describedby");
        link.put("href", "{schema}");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", "members");
        out.put("properties", props);
        out.put("links", List.of(link));
        return out;
    }

    private static Map<String, Object> prop(String type, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("description", description);
        return p;
    }
}
