package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.glanceshare.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code clouds.yaml} and {@code secure.yaml} the way openstacksdk does: the first file
 * found in the search directories (current directory, {@code ~/.config/openstack}, {@code /etc/openstack}),
 * unless {@code OS_CLIENT_CONFIG_FILE} / {@code OS_CLIENT_SECURE_FILE} name one; secure.yaml's values are
 * merged over clouds.yaml's.
 */
public final class CloudsYaml {
    private static final YAMLMapper YAML = new YAMLMapper();

    private CloudsYaml() {}

    /**
     * @param cloud the cloud's name
     * @param env the environment, for {@code OS_CLIENT_CONFIG_FILE} and {@code OS_CLIENT_SECURE_FILE}
     * @param directories where to look, in order
     * @return the cloud's settings
     */
    public static ConfigSource load(String cloud, Map<String, String> env, List<Path> directories) {
        Path clouds = find(env, "OS_CLIENT_CONFIG_FILE", directories, "clouds.yaml", "clouds.yml")
                .orElseThrow(() -> new ConfigurationException("Cloud '" + cloud + "' was asked for (OS_CLOUD), but no "
                        + "clouds.yaml was found in " + candidates(directories, "clouds.yaml")
                        + ". Create one there, or set OS_CLIENT_CONFIG_FILE to its path"));
        Optional<Path> secure = find(env, "OS_CLIENT_SECURE_FILE", directories, "secure.yaml", "secure.yml");
        JsonNode root = read(clouds);
        if (secure.isPresent()) {
            root = merge(root, read(secure.get()));
        }
        JsonNode all = root.path("clouds");
        JsonNode selected = all.path(cloud);
        String origin = "clouds.yaml " + clouds + secure.map(p -> " and secure.yaml " + p).orElse("") + ", cloud '"
                + cloud + "'";
        if (!selected.isObject()) {
            List<String> names = new ArrayList<>();
            all.fieldNames().forEachRemaining(names::add);
            throw new ConfigurationException("Cloud '" + cloud + "' is not in " + clouds + " (it has: "
                    + (names.isEmpty() ? "no clouds" : String.join(", ", names)) + "). Set OS_CLOUD to one of those");
        }
        return new YamlSource(selected, origin, cloud, env);
    }

    private static Optional<Path> find(Map<String, String> env, String variable, List<Path> directories,
            String... names) {
        String explicit = Texts.clean(env.get(variable));
        if (explicit != null) {
            Path p = Path.of(explicit);
            if (!Files.isRegularFile(p)) {
                throw new ConfigurationException(variable + " names " + p + ", which is not a readable file");
            }
            return Optional.of(p);
        }
        for (Path dir : directories) {
            for (String name : names) {
                Path p = dir.resolve(name);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static String candidates(List<Path> directories, String name) {
        List<String> paths = new ArrayList<>();
        directories.forEach(d -> paths.add(d.resolve(name).toString()));
        return String.join(", ", paths);
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null || node.isMissingNode() ? YAML.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            // only the first line and the location: the rest of the message quotes the file, secrets and all
            String what = String.valueOf(e.getOriginalMessage()).split("\n", 2)[0].replaceAll("'.*'", "'...'");
            JsonLocation at = e.getLocation();
            throw new ConfigurationException("Cannot read " + file + ": " + what
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** @return {@code base} with {@code over}'s values put on top, recursively for objects */
    public static JsonNode merge(JsonNode base, JsonNode over) {
        if (!base.isObject() || !over.isObject()) {
            return over.isMissingNode() || over.isNull() ? base : over;
        }
        ObjectNode out = ((ObjectNode) base).deepCopy();
        for (Map.Entry<String, JsonNode> f : over.properties()) {
            JsonNode existing = out.get(f.getKey());
            out.set(f.getKey(), existing == null ? f.getValue() : merge(existing, f.getValue()));
        }
        return out;
    }

    /** One cloud's entry: auth settings under {@code auth:}, the rest at the top. */
    private static final class YamlSource implements ConfigSource {
        private static final List<String> TOP_LEVEL = List.of("auth_type", "region_name", "interface", "cacert",
                "insecure", "identity_api_version", "token_cache", "project_directory", "project_lookup_cloud");

        private final JsonNode cloud;
        private final String origin;
        private final String name;
        private final Map<String, String> env;

        YamlSource(JsonNode cloud, String origin, String name, Map<String, String> env) {
            this.cloud = cloud;
            this.origin = origin;
            this.name = name;
            this.env = env;
        }

        @Override
        public Map<String, String> environment() {
            return env;
        }

        @Override
        public String get(String key) {
            String v = scalar(node(key));
            if (v == null && key.equals("interface")) {
                v = scalar(cloud.path("endpoint_type"));
            }
            String verify = scalar(cloud.path("verify"));
            boolean verifyIsFlag = "true".equalsIgnoreCase(verify) || "false".equalsIgnoreCase(verify);
            if (v == null && key.equals("insecure") && verifyIsFlag) {
                v = String.valueOf(!Boolean.parseBoolean(verify)); // verify: false means insecure
            }
            if (v == null && key.equals("cacert") && verify != null && !verifyIsFlag) {
                v = verify; // verify: /path/to/ca.pem
            }
            if (v == null && key.startsWith("project_") && !key.startsWith("project_domain")) {
                v = scalar(cloud.path("auth").path(key.replace("project_", "tenant_")));
            }
            return v;
        }

        @Override
        public String name(String key) {
            return TOP_LEVEL.contains(key) ? key : "auth." + key;
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public String cloudName() {
            return name;
        }

        private JsonNode node(String key) {
            return TOP_LEVEL.contains(key) ? cloud.path(key) : cloud.path("auth").path(key);
        }

        private static String scalar(JsonNode node) {
            return node.isValueNode() && !node.isNull() ? Texts.clean(node.asText()) : null;
        }
    }
}
