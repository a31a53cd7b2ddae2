package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.glanceshare.core.exception.UnsupportedDependencyException;
import dev.glanceshare.core.internal.SupportedVersions.Finding;
import dev.glanceshare.core.internal.SupportedVersions.Library;
import dev.glanceshare.core.internal.SupportedVersions.Located;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportedVersionsTest {
    private static Library httpclient(String found) {
        return new Library("org.apache.httpcomponents.client5:httpclient5", "5.4", "httpclient5.version",
                () -> new Located(found, "httpclient5-" + found + ".jar"));
    }

    @Test
    void theVersionsThisBuildTestsWithPass() {
        assertThatCode(SupportedVersions::requireHttpClient).doesNotThrowAnyException();
        assertThatCode(SupportedVersions::requireJackson).doesNotThrowAnyException();
    }

    @Test
    void aLibraryBelowItsFloorIsNamedWithTheVersionFoundItsJarAndTheFix() {
        List<Finding> findings = SupportedVersions.findings(httpclient("5.3.1"));

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(findings));

        assertThat(e.library()).isEqualTo("org.apache.httpcomponents.client5:httpclient5");
        assertThat(e.found()).isEqualTo("5.3.1");
        assertThat(e.required()).isEqualTo("5.4");
        assertThat(e.getMessage())
                .startsWith("glanceshare needs org.apache.httpcomponents.client5:httpclient5 5.4 or newer, but the "
                        + "class path has 5.3.1 (httpclient5-5.3.1.jar).")
                .contains("<dependencyManagement>", "set the property httpclient5.version", "Supported versions");
    }

    @Test
    void theFloorItselfANewerOneAndAnUnknownOnePass() {
        assertThat(SupportedVersions.findings(httpclient("5.4"), httpclient("5.6.5"), httpclient("6.0.0-alpha1"),
                httpclient("unknown"))).isEmpty();
    }

    @Test
    void aMissingLibraryIsReportedAsMissingNotAsALinkageError() {
        Library missing = new Library("com.fasterxml.jackson.core:jackson-databind", "2.15", "jackson-bom.version",
                () -> {
                    throw new NoClassDefFoundError("com/fasterxml/jackson/databind/cfg/PackageVersion");
                });

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(SupportedVersions.findings(missing)));

        assertThat(e.found()).isEqualTo("missing");
        assertThat(e.getMessage()).contains("jackson-databind 2.15 or newer", "not usable on the class path",
                "PackageVersion");
    }

    @Test
    void everyLibraryBelowItsFloorIsInTheOneMessage() {
        Library core = new Library("org.apache.httpcomponents.core5:httpcore5", "5.3", "httpcore5.version",
                () -> new Located("5.2.4", ""));

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(SupportedVersions.findings(httpclient("5.3.1"), core)));

        assertThat(e.library()).endsWith("httpclient5");
        assertThat(e.getMessage()).contains("has 5.3.1 (httpclient5-5.3.1.jar).", "Also: glanceshare needs "
                + "org.apache.httpcomponents.core5:httpcore5 5.3 or newer, but the class path has 5.2.4.");
    }

    @Test
    void theJarIsNamedFromTheClassThatWasLoaded() {
        Located located = SupportedVersions.located("2.22.4", com.fasterxml.jackson.databind.cfg.PackageVersion.class);

        assertThat(located.jar()).startsWith("jackson-databind-").endsWith(".jar");
    }
}
