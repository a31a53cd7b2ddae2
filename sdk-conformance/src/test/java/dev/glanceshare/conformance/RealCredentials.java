package dev.glanceshare.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code credentials.env} that {@code conformance/real-openstack.sh up} writes: {@code export NAME=value}
 * lines, values never quoted. Found through the environment variable {@value #ENV}, else the system
 * property {@value #PROPERTY} (the module's pom sets it to {@code conformance/.state/credentials.env} in the
 * repository).
 */
public final class RealCredentials {
    static final String ENV = "GLANCESHARE_REAL_CREDENTIALS";
    static final String PROPERTY = "glanceshare.real.credentials";

    private final Path file;
    private final Map<String, String> values;

    private RealCredentials(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** @return where the credentials are looked for */
    public static Path location() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty(PROPERTY, "../conformance/.state/credentials.env"));
    }

    /** @return the credentials, when the file exists */
    public static Optional<RealCredentials> load() {
        Path file = location().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (l.startsWith("export ")) {
                    l = l.substring("export ".length());
                }
                int eq = l.indexOf('=');
                if (l.isEmpty() || l.startsWith("#") || eq < 1) {
                    continue;
                }
                values.put(l.substring(0, eq), l.substring(eq + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return Optional.of(new RealCredentials(file, values));
    }

    /** @return the file read */
    public Path file() {
        return file;
    }

    /**
     * @param name such as {@code REAL_AUTH_URL}
     * @return its value
     * @throws IllegalStateException when the file does not define it
     */
    public String get(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(file + " does not define " + name
                    + "; run conformance/real-openstack.sh up again");
        }
        return v;
    }

    /** @return a user's value, such as {@code REAL_DEMO_PROJECT_ID} for ({@code DEMO}, {@code PROJECT_ID}) */
    String user(User user, String what) {
        return get("REAL_" + user.name() + "_" + what);
    }

    /**
     * Whether the real Glance next to these credentials runs without keystonemiddleware's token cache
     * ({@code token_cache_time = -1} in {@code glance/glance-api.conf} of the same state directory): only
     * then does Glance refuse a revoked token it has already validated.
     *
     * @return true when the cache is off
     */
    public boolean glanceTokenCacheOff() {
        Path conf = file.resolveSibling("glance").resolve("glance-api.conf");
        try {
            return Files.isRegularFile(conf) && Files.readAllLines(conf).stream()
                    .map(String::strip).anyMatch(l -> l.matches("token_cache_time\\s*=\\s*-1"));
        } catch (IOException e) {
            return false;
        }
    }
}
