package dev.glanceshare.identity;

import dev.glanceshare.identity.internal.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads a {@link CloudConfig}. By default it reads the process's environment and searches clouds.yaml in
 * the current directory, {@code ~/.config/openstack} and {@code /etc/openstack}; tests and tools can
 * replace each of these.
 *
 * <pre>{@code
 * CloudConfig config = CloudConfig.loader().cloud("mycloud").load();
 * }</pre>
 */
public final class CloudConfigLoader {
    private Map<String, String> environment = System.getenv();
    private List<Path> searchDirectories = defaultSearchDirectories();
    private String cloud;

    CloudConfigLoader() {}

    /** @return the current directory, {@code ~/.config/openstack} and {@code /etc/openstack}, in that order */
    public static List<Path> defaultSearchDirectories() {
        return List.of(Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home"), ".config", "openstack"),
                Path.of("/etc/openstack"));
    }

    /**
     * @param value the variables to read instead of {@code System.getenv()}
     * @return this loader
     */
    public CloudConfigLoader environment(Map<String, String> value) {
        this.environment = Objects.requireNonNull(value, "environment");
        return this;
    }

    /**
     * @param value the directories to search for clouds.yaml and secure.yaml, in order
     * @return this loader
     */
    public CloudConfigLoader searchDirectories(List<Path> value) {
        this.searchDirectories = List.copyOf(value);
        return this;
    }

    /**
     * @param value the cloud to read from clouds.yaml, instead of {@code OS_CLOUD}
     * @return this loader
     */
    public CloudConfigLoader cloud(String value) {
        this.cloud = Texts.clean(value);
        return this;
    }

    /**
     * @return the cloud named by {@link #cloud} or {@code OS_CLOUD} from clouds.yaml, or else the
     *     configuration in the {@code OS_*} variables
     * @throws dev.glanceshare.core.exception.ConfigurationException naming the missing file, cloud,
     *     variable or key
     */
    public CloudConfig load() {
        String name = cloud != null ? cloud : Texts.clean(environment.get("OS_CLOUD"));
        if (name != null) {
            return CloudConfig.fromCloudsYaml(name, environment, searchDirectories);
        }
        return CloudConfig.fromEnvironment(environment, searchDirectories);
    }
}
