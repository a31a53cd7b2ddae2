package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.identity.ProjectDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed map of project names to IDs: given in code, or read once from a YAML or JSON file. Looking a
 * name up sends nothing. Immutable.
 */
public final class StaticDirectory implements ProjectDirectory {
    /** A directory of every project of a large cloud is a few megabytes; far beyond is not a directory. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Map<String, String> ids;
    private final String source;

    private StaticDirectory(Map<String, String> ids, String source) {
        this.ids = Map.copyOf(ids);
        this.source = source;
    }

    /**
     * @param idsByName IDs by name
     * @param source where the map came from, for messages
     * @return the directory
     * @throws IllegalArgumentException for a blank name or a value not shaped like a project ID
     */
    public static StaticDirectory of(Map<String, String> idsByName, String source) {
        Objects.requireNonNull(idsByName, "idsByName");
        Map<String, String> checked = new LinkedHashMap<>();
        idsByName.forEach((name, id) -> {
            String problem = problem(name, id);
            if (problem != null) {
                throw new IllegalArgumentException("Project directory " + source + ": " + problem);
            }
            checked.put(name.trim(), id.trim());
        });
        return new StaticDirectory(checked, source);
    }

    /**
     * @param file a YAML or JSON file whose top level maps names to IDs
     * @return the directory
     * @throws ConfigurationException naming the file and what is wrong with it
     */
    public static StaticDirectory fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigurationException("Project directory " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes; it should map project names to IDs");
            }
            YamlSupport.require();
            YAMLMapper yaml = new YAMLMapper();
            yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // a name twice would hide one of its IDs
            root = yaml.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigurationException("Project directory " + file + " is not valid YAML or JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the project directory " + file + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("Project directory " + file + " must map project names to IDs, such as "
                    + "`demo: 0c4e0e6b1b7c4c8e9f1a2b3c4d5e6f70`, one per line");
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getValue().isTextual() ? e.getValue().asText() : null;
            String problem = problem(e.getKey(), id);
            if (problem != null) {
                throw new ConfigurationException("Project directory " + file + ": " + problem);
            }
            if (ids.put(e.getKey().trim(), id.trim()) != null) {
                throw new ConfigurationException("Project directory " + file + " names '" + e.getKey().trim()
                        + "' twice (once with surrounding spaces)");
            }
        }
        return new StaticDirectory(ids, "file " + file.toAbsolutePath().normalize());
    }

    /** @return what is wrong with an entry, or {@code null} */
    private static String problem(String name, String id) {
        if (name == null || name.isBlank()) {
            return "a project name is blank";
        }
        if (id == null || !Texts.looksLikeId(id.trim())) {
            return "the ID of '" + name.trim() + "' is not a Keystone project ID (32 hex digits, or a dashed UUID)";
        }
        return null;
    }

    @Override
    public String projectId(String name) {
        String id = ids.get(Objects.requireNonNull(name, "name").trim());
        if (id == null) {
            throw new ResourceNotFoundException("No project named '" + name.trim() + "' is in the project directory ("
                    + source + ", " + ids.size() + " name(s)); no Keystone request was sent. Add it there, or pass "
                    + "the project's ID.");
        }
        return id;
    }

    /** @return where the names came from and how many there are */
    @Override
    public String toString() {
        return "project directory (" + source + ", " + ids.size() + " name(s))";
    }
}
