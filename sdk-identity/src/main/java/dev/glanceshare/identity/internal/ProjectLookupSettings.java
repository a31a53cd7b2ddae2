package dev.glanceshare.identity.internal;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.ProjectDirectory;
import dev.glanceshare.identity.Scope;
import java.nio.file.Path;

/**
 * How a configured cloud looks project names up: a directory file ({@code project_directory}), or
 * Keystone with the credentials of another cloud in clouds.yaml ({@code project_lookup_cloud}).
 *
 * @param directoryFile the directory's file, or {@code null}
 * @param directory the directory read from it, or {@code null}
 * @param cloud the lookup credential's cloud, or {@code null}
 * @param credentials that cloud's credentials, once read
 * @param scope that cloud's scope, once read
 */
public record ProjectLookupSettings(Path directoryFile, ProjectDirectory directory, String cloud,
        Credentials credentials, Scope scope) {

    /**
     * @param file a YAML or JSON file of names to IDs, read now
     * @return the settings
     * @throws ConfigurationException when the file is no such directory
     */
    static ProjectLookupSettings directory(Path file) {
        return new ProjectLookupSettings(file, StaticDirectory.fromFile(file), null, null, null);
    }

    /** @return the settings for a lookup cloud not read yet */
    static ProjectLookupSettings cloud(String name) {
        return new ProjectLookupSettings(null, null, name, null, null);
    }

    /**
     * @param main the cloud being configured
     * @param name the lookup credential's cloud
     * @param lookup what that cloud holds
     * @param where the variable or key that named it, for messages
     * @return the settings with the lookup cloud's credentials and scope
     * @throws ConfigurationException when the lookup cloud is another Keystone
     */
    static ProjectLookupSettings checkedCloud(CloudSettings main, String name, CloudSettings lookup, String where) {
        if (!sameKeystone(main.authUrl(), lookup.authUrl())) {
            throw new ConfigurationException(where + " names cloud '" + name + "', whose auth_url " + lookup.authUrl()
                    + " is not this cloud's " + main.authUrl() + ": a lookup credential must belong to the same "
                    + "Keystone (in " + main.origin() + ")");
        }
        return new ProjectLookupSettings(null, null, name, lookup.credentials(), lookup.scope());
    }

    private static boolean sameKeystone(String a, String b) {
        return unversioned(a).equals(unversioned(b));
    }

    private static String unversioned(String url) {
        return AuthUrls.normalize(url).toString().replaceFirst("/v3$", "");
    }

    /** @return the file or the cloud, for {@code CloudConfig.toString()}; never a secret */
    @Override
    public String toString() {
        return directory != null ? directory.toString() : "lookup credential of cloud " + cloud;
    }
}
