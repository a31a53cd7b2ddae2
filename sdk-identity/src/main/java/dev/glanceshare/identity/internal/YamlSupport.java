package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.dataformat.yaml.PackageVersion;
import dev.glanceshare.core.internal.SupportedVersions;
import java.util.ArrayList;
import java.util.List;

/** Checks Jackson's YAML module before {@code clouds.yaml} or a project directory file is read, once per JVM. */
public final class YamlSupport {
    private static final List<SupportedVersions.Finding> FINDINGS = findings();

    private YamlSupport() {}

    /** @throws dev.glanceshare.core.exception.UnsupportedDependencyException if the module is below the floor */
    public static void require() {
        SupportedVersions.throwIfAny(FINDINGS);
    }

    private static List<SupportedVersions.Finding> findings() {
        SupportedVersions.Located found;
        try {
            found = SupportedVersions.located(PackageVersion.VERSION.toString(), PackageVersion.class);
        } catch (LinkageError e) {
            found = SupportedVersions.Located.missing(e);
        }
        List<SupportedVersions.Finding> findings = new ArrayList<>(1);
        SupportedVersions.check(findings, SupportedVersions.jackson("com.fasterxml.jackson.dataformat:jackson-dataformat-yaml"),
                found);
        return findings;
    }
}
