package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glanceshare.core.exception.UnsupportedDependencyException;
import dev.glanceshare.core.internal.SupportedVersions.Finding;
import dev.glanceshare.core.internal.SupportedVersions.Library;
import dev.glanceshare.core.internal.SupportedVersions.Located;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportedVersionsTest {
    private static final Library HTTPCLIENT =
            new Library("org.apache.httpcomponents.client5:httpclient5", "5.4", "httpclient5.version");
    private static final Library DATABIND = SupportedVersions.jackson("com.fasterxml.jackson.core:jackson-databind");

    private static List<Finding> check(Library library, Located found) {
        List<Finding> findings = new ArrayList<>();
        SupportedVersions.check(findings, library, found);
        return findings;
    }

    @Test
    void theVersionsThisBuildTestsWithPass() {
        assertThatCode(SupportedVersions::requireHttpClient).doesNotThrowAnyException();
        assertThatCode(SupportedVersions::requireJackson).doesNotThrowAnyException();
    }

    @Test
    void aLibraryBelowItsFloorIsNamedWithTheVersionFoundItsJarAndTheFix() {
        List<Finding> findings = check(DATABIND, SupportedVersions.located("2.14.3", ObjectMapper.class));

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(findings));

        assertThat(e.library()).isEqualTo("com.fasterxml.jackson.core:jackson-databind");
        assertThat(e.found()).isEqualTo("2.14.3");
        assertThat(e.required()).isEqualTo("2.15");
        assertThat(e.getMessage())
                .startsWith("glanceshare needs com.fasterxml.jackson.core:jackson-databind 2.15 or newer, but the "
                        + "class path has 2.14.3 (jackson-databind-")
                .contains(".jar). The application's build chose that version", "<dependencyManagement>",
                        "set the property jackson-bom.version", "Supported versions");
    }

    @Test
    void theFloorItselfANewerOneAndAnUnknownOnePass() {
        for (String version : new String[] {"5.4", "5.6.5", "6.0.0-alpha1", null}) {
            assertThat(check(HTTPCLIENT, SupportedVersions.located(version, null))).as(version).isEmpty();
        }
    }

    @Test
    void aMissingLibraryIsReportedAsMissingNotAsALinkageError() {
        Located missing = Located.missing(new NoClassDefFoundError("com/fasterxml/jackson/databind/cfg/PackageVersion"));

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(check(DATABIND, missing)));

        assertThat(e.found()).isEqualTo("missing");
        assertThat(e.getMessage()).contains("jackson-databind 2.15 or newer", "not usable on the class path",
                "PackageVersion");
    }

    @Test
    void everyLibraryBelowItsFloorIsInTheOneMessage() {
        List<Finding> findings = check(HTTPCLIENT, SupportedVersions.located("5.3.1", null));
        SupportedVersions.check(findings,
                new Library("org.apache.httpcomponents.core5:httpcore5", "5.3", "httpcore5.version"),
                SupportedVersions.located("5.2.4", null));

        UnsupportedDependencyException e = catchThrowableOfType(UnsupportedDependencyException.class,
                () -> SupportedVersions.throwIfAny(findings));

        assertThat(e.library()).endsWith("httpclient5");
        assertThat(e.getMessage()).contains("has 5.3.1. The application", "Also: glanceshare needs "
                + "org.apache.httpcomponents.core5:httpcore5 5.3 or newer, but the class path has 5.2.4.");
    }
}
