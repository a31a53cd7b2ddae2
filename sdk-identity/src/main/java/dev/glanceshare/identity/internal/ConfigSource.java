package dev.glanceshare.identity.internal;

/**
 * Where configuration values come from ({@code OS_*} variables, or a cloud in clouds.yaml), with the
 * names to use in messages. Keys are clouds.yaml's, such as {@code password} or {@code region_name}.
 */
public interface ConfigSource {

    /** @return the value, trimmed, or {@code null} when unset or blank */
    String get(String key);

    /** @return how the user spells the key here, such as {@code OS_PASSWORD} or {@code auth.password} */
    String name(String key);

    /** @return where the values come from, for messages, such as {@code the environment} */
    String origin();

    /** @return the process environment the values were read with (for {@code XDG_CACHE_HOME} and overrides) */
    java.util.Map<String, String> environment();

    /** @return the cloud's name when the values come from clouds.yaml */
    default String cloudName() {
        return null;
    }
}
