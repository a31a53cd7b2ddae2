package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The metadata definition API: the catalogue Glance ships, its lifecycle, and real Glance's answers. */
class MetadefsTest extends GlanceFixture {

    private static String real(String name) throws IOException {
        try (InputStream in = MetadefsTest.class.getResourceAsStream("/real-glance-zed/metadefs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    // The fake and real Glance loaded their catalogues at different times.
    private static String withoutTimes(String json) {
        return json.replaceAll("\"(created_at|updated_at)\": \"[^\"]*\"", "\"$1\": \"T\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OS::Compute::Quota", "OS::Compute::HostCapabilities", "OS::Glance::CommonImageProperties",
        "OS::Compute::CPUPinning"})
    void aShippedNamespaceReadsByteForByteAsOnRealGlance(String namespace) throws IOException {
        Wire.Reply r = get(admin, "/metadefs/namespaces/" + namespace);
        assertThat(r.status()).isEqualTo(200);
        assertThat(withoutTimes(r.body())).isEqualTo(withoutTimes(real("namespace-" + namespace.replace("::", "-")
                + ".json")));
    }

    @Test
    void listsReadAsOnRealGlance() throws IOException {
        assertThat(withoutTimes(get(admin, "/metadefs/resource_types").body()))
                .isEqualTo(withoutTimes(real("resource-types.json")));
        assertThat(withoutTimes(get(admin, "/metadefs/namespaces?limit=2").body()))
                .isEqualTo(withoutTimes(real("namespaces-limit-2.json")));
        // a member sees the public namespaces only, 25 to a page
        assertThat(withoutTimes(get(alt, "/metadefs/namespaces").body()))
                .isEqualTo(withoutTimes(real("namespaces-as-member.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"namespace", "namespaces", "object", "objects", "property", "properties", "tag", "tags",
        "resource_type", "resource_types"})
    void everyMetadefSchemaIsServed(String name) {
        Wire.Reply r = get(demoToken, "/schemas/metadefs/" + name);
        assertThat(r.status()).isEqualTo(200);
        String expected = switch (name) {
            case "resource_type" -> "resource_type_association";
            case "resource_types" -> "resource_type_associations";
            default -> name;
        };
        assertThat(r.json().get("name").asText()).isEqualTo(expected);
    }

    @Test
    void onlyAnAdminCreatesANamespaceAndOthersSeeItOnlyWhilePublic() {
        String body = "{\"namespace\": \"Test::NS\", \"display_name\": \"Test\", \"visibility\": \"public\","
                + " \"protected\": true}";
        assertGlanceError(post(alt, "/metadefs/namespaces", body), 403,
                "You are not authorized to complete add_metadef_namespace action.");
        Wire.Reply created = post(admin, "/metadefs/namespaces", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("owner").asText()).isEqualTo(demo.adminProjectId());
        assertGlanceError(post(admin, "/metadefs/namespaces", body), 409,
                "The metadata definition namespace=Test::NS already exists.");
        assertThat(get(alt, "/metadefs/namespaces/Test::NS").status()).isEqualTo(200);
        assertGlanceError(delete(admin, "/metadefs/namespaces/Test::NS"), 403,
                "Metadata definition namespace Test::NS is protected and cannot be deleted.");

        Wire.Reply updated = put(admin, "/metadefs/namespaces/Test::NS", "{\"namespace\": \"Test::NS\","
                + " \"visibility\": \"private\", \"protected\": false}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("visibility").asText()).isEqualTo("private");
        assertGlanceError(get(alt, "/metadefs/namespaces/Test::NS"), 404, "The resource could not be found.");
        assertThat(delete(admin, "/metadefs/namespaces/Test::NS").status()).isEqualTo(204);
        assertGlanceError(get(admin, "/metadefs/namespaces/Test::NS"), 404,
                "Metadata definition namespace=Test::NS was not found.");
    }

    @Test
    void objectsPropertiesTagsAndResourceTypesLiveInANamespace() {
        assertThat(post(admin, "/metadefs/namespaces", "{\"namespace\": \"Test::Parts\"}").status()).isEqualTo(201);
        String ns = "/metadefs/namespaces/Test::Parts";

        Wire.Reply object = post(admin, ns + "/objects", "{\"name\": \"box\", \"required\": [\"size\"],"
                + " \"properties\": {\"size\": {\"type\": \"integer\", \"title\": \"Size\", \"default\": 3,"
                + " \"bogus\": 1}}}");
        assertThat(object.status()).isEqualTo(201);
        assertThat(object.json().at("/properties/size").toString())
                .isEqualTo("{\"type\":\"integer\",\"title\":\"Size\",\"default\":\"3\"}"); // as Glance's model keeps it
        assertThat(put(admin, ns + "/objects/box", "{\"name\": \"crate\"}").json().get("name").asText())
                .isEqualTo("crate");
        assertGlanceError(get(admin, ns + "/objects/box"), 404,
                "The metadata definition object with name=box was not found in namespace=Test::Parts.");

        Wire.Reply property = post(admin, ns + "/properties", "{\"name\": \"hypervisor\", \"title\": \"H\","
                + " \"type\": \"string\", \"enum\": [\"kvm\", \"xen\"]}");
        assertThat(property.status()).isEqualTo(201);
        assertThat(get(admin, ns + "/properties/hypervisor").json().get("enum").toString())
                .isEqualTo("[\"kvm\",\"xen\"]");

        assertThat(post(admin, ns + "/tags", "{\"tags\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}").status())
                .isEqualTo(201);
        assertGlanceError(Wire.request("POST", v2(ns + "/tags/A")).token(admin).json().send(), 409, "A metadata tag with name=A already exists in"
                + " namespace=Test::Parts. (Please note that metadata tag names are case insensitive).");
        assertThat(put(admin, ns + "/tags/b", "{\"name\": \"c\"}").status()).isEqualTo(200);
        assertThat(names(get(admin, ns + "/tags").json().get("tags"))).containsExactly("c", "a");

        String type = get(admin, "/metadefs/resource_types").json().at("/resource_types/0/name").asText();
        assertThat(post(admin, ns + "/resource_types", "{\"name\": \"" + type + "\", \"prefix\": \"hw_\"}").status())
                .isEqualTo(201);
        JsonNode shown = get(admin, ns + "?resource_type=" + type).json();
        assertThat(shown.get("properties").has("hw_hypervisor")).isTrue();
        assertThat(delete(admin, ns + "/resource_types/" + type).status()).isEqualTo(204);
        assertThat(get(admin, ns + "/resource_types").json().get("resource_type_associations")).isEmpty();

        assertThat(delete(admin, ns + "/tags").status()).isEqualTo(204);
        assertThat(get(admin, ns + "/tags").json().get("tags")).isEmpty();
        assertGlanceError(post(alt, ns + "/objects", "{\"name\": \"x\"}"), 404, "Namespace Test::Parts not found");
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }
}
