package dev.glanceshare.testing.internal;

import dev.glanceshare.testing.SeedFile;
import dev.glanceshare.testing.internal.http.PyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@code clouds.yaml} with one cloud {@code fake-<user>} per seeded user of a running fake. */
public final class CloudsYaml {
    private CloudsYaml() {
    }

    /**
     * Writes the file, replacing any earlier one.
     *
     * @param file where to write
     * @param identityUrl the fake's Keystone URL
     * @param region the fake's region
     * @param users the users, in order
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, String identityUrl, String region, List<SeedFile.User> users) {
        StringBuilder y = new StringBuilder("# Written by the fake OpenStack (sdk-testing); valid while it runs.\n"
                + "clouds:\n");
        for (SeedFile.User u : users) {
            y.append("  ").append(quote("fake-" + u.name())).append(":\n")
                    .append("    auth:\n")
                    .append("      auth_url: ").append(quote(identityUrl)).append('\n')
                    .append("      username: ").append(quote(u.name())).append('\n')
                    .append("      password: ").append(quote(u.password())).append('\n')
                    .append("      project_name: ").append(quote(u.project())).append('\n')
                    .append("      user_domain_name: Default\n")
                    .append("      project_domain_name: Default\n")
                    .append("    region_name: ").append(quote(region)).append('\n')
                    .append("    interface: public\n")
                    .append("    identity_api_version: 3\n")
                    .append("    image_api_version: 2\n");
        }
        try {
            Files.writeString(file, y);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    // A JSON string is a valid YAML double-quoted scalar, whatever characters a seed file put in a name.
    private static String quote(String s) {
        return PyJson.dumps(s, true);
    }
}
