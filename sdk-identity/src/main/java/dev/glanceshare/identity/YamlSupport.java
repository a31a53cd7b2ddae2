package dev.glanceshare.identity;

import com.fasterxml.jackson.dataformat.yaml.PackageVersion;
import dev.glanceshare.core.internal.SupportedVersions;
import java.util.List;

/** Checks Jackson's YAML module before {@code clouds.yaml} is read, once per JVM. */
final class YamlSupport {
    private static final List<SupportedVersions.Finding> FINDINGS = SupportedVersions.findings(
            SupportedVersions.jackson("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml",
                    () -> SupportedVersions.located(PackageVersion.VERSION.toString(), PackageVersion.class)));

    private YamlSupport() {}

    /** @throws dev.glanceshare.core.exception.UnsupportedDependencyException if the module is below the floor */
    static void require() {
        SupportedVersions.throwIfAny(FINDINGS);
    }
}
