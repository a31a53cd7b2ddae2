package dev.glanceshare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fake cloud described in a JSON file, for the standalone fake ({@code --seed FILE}) or for tests:
 * projects, users with their roles, and images with owner, visibility, tags, members and data.
 *
 * <pre>{@code
 * {
 *   "users": [
 *     {"name": "admin", "password": "admin-secret", "roles": ["admin"]},
 *     {"name": "alice", "password": "alice-secret"},
 *     {"name": "bob", "password": "bob-secret", "project": "team-b"}
 *   ],
 *   "images": [
 *     {"name": "base", "owner": "alice", "visibility": "shared", "tags": ["linux"],
 *      "members": {"team-b": "pending"}, "data": "some bytes", "disk_format": "raw"}
 *   ]
 * }
 * }</pre>
 *
 * <p>A user's {@code project} defaults to its own name; every project named anywhere is created, in
 * domain {@code Default}. {@code roles} (default {@code ["member"]}) are granted on that project. An
 * image's {@code owner} and member keys are project names; {@code data} is text stored as the image's
 * bytes, {@code data_file} a file read relative to the seed file; with data the image is {@code active}.
 * Unknown keys are refused, so a typo never passes unnoticed.
 * Immutable once read.
 */
public final class SeedFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> TOP = Set.of("projects", "users", "images");
    private static final Set<String> USER = Set.of("name", "password", "project", "roles");
    private static final Set<String> IMAGE = Set.of("name", "id", "owner", "visibility", "protected", "hidden",
            "tags", "members", "data", "data_file", "disk_format", "container_format", "properties");

    private final JsonNode json;
    private final Path base; // the folder data_file paths are relative to

    private SeedFile(JsonNode json, Path base) {
        this.json = json;
        this.base = base;
    }

    /**
     * Reads and checks a seed file.
     *
     * @param file the JSON file
     * @return the seed
     * @throws IllegalArgumentException when the file is not a seed (the message says where)
     * @throws UncheckedIOException when it cannot be read
     */
    public static SeedFile read(Path file) {
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(file + ": a seed file holds one JSON object");
        }
        known(json, TOP, "the seed file");
        Path parent = file.toAbsolutePath().getParent();
        return new SeedFile(json, parent);
    }

    /**
     * A user the seed created.
     *
     * @param name the user name
     * @param password its password
     * @param project the project it is scoped to (its default project)
     * @param roles its roles there
     */
    public record User(String name, String password, String project, List<String> roles) {
        @Override
        public String toString() {
            return "User[" + name + ", project " + project + ", roles " + roles + "]"; // no password
        }
    }

    /**
     * Seeds a fake with this description.
     *
     * @param seed the fake's seeder
     * @return the users created, in file order
     * @throws IllegalArgumentException for a bad entry, naming it
     */
    public List<User> applyTo(FakeSeeder seed) {
        Map<String, String> users = new LinkedHashMap<>();
        List<String> projects = new ArrayList<>();
        json.path("projects").forEach(p -> projects.add(text(p, "projects[]")));
        for (JsonNode u : json.path("users")) {
            known(u, USER, "a user");
            String name = text(u.get("name"), "user name");
            users.put(name, u.has("project") ? text(u.get("project"), "project of " + name) : name);
        }
        users.values().forEach(projects::add);
        for (JsonNode image : json.path("images")) {
            if (image.has("owner")) {
                projects.add(text(image.get("owner"), "image owner"));
            }
        }
        projects.stream().distinct().forEach(seed::project);
        List<User> created = new ArrayList<>();
        for (JsonNode u : json.path("users")) {
            String name = u.get("name").asText();
            List<String> roles = new ArrayList<>();
            u.path("roles").forEach(r -> roles.add(text(r, "role of " + name)));
            if (!u.has("roles")) {
                roles.add("member");
            }
            String password = text(u.get("password"), "password of " + name);
            UserSeed user = seed.user(name, password).defaultProject(users.get(name));
            roles.forEach(r -> user.role(users.get(name), r));
            user.create();
            created.add(new User(name, password, users.get(name), List.copyOf(roles)));
        }
        json.path("images").forEach(image -> image(seed, image));
        return created;
    }

    private void image(FakeSeeder seed, JsonNode i) {
        known(i, IMAGE, "an image");
        String name = text(i.get("name"), "image name");
        ImageSeed image = seed.image(name);
        if (i.has("id")) {
            image.id(text(i.get("id"), "id of image " + name));
        }
        if (i.has("owner")) {
            image.owner(seed.projectId(i.get("owner").asText()));
        }
        if (i.has("visibility")) {
            image.visibility(text(i.get("visibility"), "visibility of image " + name));
        }
        image.protectedImage(i.path("protected").asBoolean(false)).hidden(i.path("hidden").asBoolean(false));
        List<String> tags = new ArrayList<>();
        i.path("tags").forEach(t -> tags.add(text(t, "tag of image " + name)));
        image.tags(tags.toArray(String[]::new));
        i.path("properties").properties().forEach(p -> image.property(p.getKey(), text(p.getValue(), p.getKey())));
        // without formats, an image with data gets raw/bare (ImageSeed's default) and one without stays unset
        image.formats(i.has("disk_format") ? text(i.get("disk_format"), "disk_format of image " + name) : null,
                i.has("container_format") ? text(i.get("container_format"), "container_format of " + name) : null);
        if (i.has("data")) {
            image.data(text(i.get("data"), "data of image " + name).getBytes(StandardCharsets.UTF_8));
        } else if (i.has("data_file")) {
            Path file = base.resolve(text(i.get("data_file"), "data_file of image " + name));
            try {
                image.data(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " for image " + name, e);
            }
        }
        i.path("members").properties().forEach(m -> image.member(seed.projectId(m.getKey()),
                text(m.getValue(), "member status of " + m.getKey())));
        image.create();
    }

    private static void known(JsonNode node, Set<String> keys, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object: " + node);
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!keys.contains(k)) {
                throw new IllegalArgumentException("unknown key '" + k + "' in " + what + "; known: "
                        + keys.stream().sorted().toList());
            }
        });
    }

    private static String text(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(what + " must be a string" + (node == null ? "" : ", was " + node));
        }
        return node.asText();
    }
}
