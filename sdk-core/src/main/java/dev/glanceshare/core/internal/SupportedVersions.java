package dev.glanceshare.core.internal;

import dev.glanceshare.core.exception.UnsupportedDependencyException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.VersionInfo;

/**
 * The oldest versions of the libraries the SDK shares with the application, and the check that runs when a
 * transport, session or client is built. An application's build (or its framework, such as Spring Boot)
 * decides these versions, not the SDK: one below the floor would otherwise surface as a linkage error on
 * the first request. The floors are the oldest versions the compatibility suite ({@code compat/}) passes
 * with; the README and docs/compatibility.md state the same ranges.
 *
 * <p>Each check looks at the class path once, the first time it is asked, and remembers the answer: the
 * class path of a running JVM does not change.
 */
public final class SupportedVersions {
    /** Oldest httpclient5: {@code TlsSocketStrategy} and {@code ClientTlsStrategyBuilder.buildClassic()} are 5.4's. */
    public static final String HTTPCLIENT5_FLOOR = "5.4";
    /** Oldest httpcore5: the one httpclient5 5.4 was built on. */
    public static final String HTTPCORE5_FLOOR = "5.3";
    /** Oldest Jackson 2 (core, databind, JSR-310, JDK 8 and YAML modules): {@code JsonNode.properties()} is 2.15's. */
    public static final String JACKSON_FLOOR = "2.15";

    private SupportedVersions() {}

    /**
     * Checks httpclient5 and httpcore5, which {@code ApacheHttpTransport} needs.
     *
     * @throws UnsupportedDependencyException if either is older than its floor or missing
     */
    public static void requireHttpClient() {
        throwIfAny(HttpClientLibraries.FINDINGS);
    }

    /**
     * Checks Jackson's core, databind, JSR-310 and JDK 8 modules, which every client needs.
     *
     * @throws UnsupportedDependencyException if one is older than the floor or missing
     */
    public static void requireJackson() {
        throwIfAny(JacksonLibraries.FINDINGS);
    }

    /**
     * Throws for what {@link #findings} found, if anything.
     *
     * @param findings libraries below their floor
     * @throws UnsupportedDependencyException naming each of them
     */
    public static void throwIfAny(List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        for (Finding f : findings) {
            message.append(message.length() == 0 ? "" : " Also: ").append(f.text);
        }
        Finding first = findings.get(0);
        throw new UnsupportedDependencyException(first.library.coordinates, first.found, first.library.floor,
                message.toString());
    }

    // Holders: each list is computed when its check first runs, so a process that never builds a transport
    // never loads HttpClient's classes here, and one that does pays once.
    private static final class HttpClientLibraries {
        static final List<Finding> FINDINGS = findings(
                new Library("org.apache.httpcomponents.client5:httpclient5", HTTPCLIENT5_FLOOR, "httpclient5.version",
                        () -> version(HttpClients.class, "org.apache.hc.client5", () -> TlsSocketStrategy.class)),
                new Library("org.apache.httpcomponents.core5:httpcore5", HTTPCORE5_FLOOR, "httpcore5.version",
                        () -> version(HttpHost.class, "org.apache.hc.core5", () -> HttpHost.class)));
    }

    private static final class JacksonLibraries {
        static final List<Finding> FINDINGS = findings(
                jackson("com.fasterxml.jackson.core:jackson-core",
                        () -> located(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
                                com.fasterxml.jackson.core.json.PackageVersion.class)),
                jackson("com.fasterxml.jackson.core:jackson-databind",
                        () -> located(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                                com.fasterxml.jackson.databind.cfg.PackageVersion.class)),
                jackson("com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
                        () -> located(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString(),
                                com.fasterxml.jackson.datatype.jsr310.PackageVersion.class)),
                jackson("com.fasterxml.jackson.datatype:jackson-datatype-jdk8",
                        () -> located(com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString(),
                                com.fasterxml.jackson.datatype.jdk8.PackageVersion.class)));
    }

    /**
     * Describes a Jackson 2 module: its floor is {@link #JACKSON_FLOOR}.
     *
     * @param coordinates the module's Maven coordinates
     * @param version reads its version; may throw {@link LinkageError} when the module is missing
     * @return the library
     */
    public static Library jackson(String coordinates, Supplier<Located> version) {
        return new Library(coordinates, JACKSON_FLOOR, "jackson-bom.version", version);
    }

    /**
     * Checks libraries against their floors. Call it once, from a holder class's initializer.
     *
     * @param libraries the libraries
     * @return those below their floor or missing; empty when all are fine
     */
    public static List<Finding> findings(Library... libraries) {
        List<Finding> findings = new ArrayList<>();
        for (Library library : libraries) {
            library.check().ifPresent(findings::add);
        }
        return List.copyOf(findings);
    }

    /**
     * Reads a library's version from the manifest of the jar that holds {@code anchor}, which is precise even
     * when several copies are on the class path, or else from the library's {@code version.properties}. A
     * marker class of the floor stands in when neither says.
     */
    private static Located version(Class<?> anchor, String versionPackage, Supplier<Class<?>> floorMarker) {
        Package p = anchor.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        if (version == null) {
            VersionInfo info = VersionInfo.loadVersionInfo(versionPackage, anchor.getClassLoader());
            version = info == null || VersionInfo.UNAVAILABLE.equals(info.getRelease()) ? null : info.getRelease();
        }
        if (version == null) {
            floorMarker.get(); // loading it throws NoClassDefFoundError below the floor
        }
        return located(version, anchor);
    }

    /**
     * @param version the version a library reports, or {@code null} when it does not say
     * @param anchor a class of the library, to name the jar it came from
     * @return the version and its jar
     */
    public static Located located(String version, Class<?> anchor) {
        return new Located(version == null ? "unknown" : version, jarName(anchor));
    }

    private static String jarName(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null) {
                return "";
            }
            String path = location.toString();
            if (path.endsWith("!/")) {
                path = path.substring(0, path.length() - 2); // a jar nested in a Spring Boot jar
            }
            return path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        } catch (SecurityException e) {
            return "";
        }
    }

    /**
     * A version and the jar it came from.
     *
     * @param version the version, or {@code unknown}
     * @param jar the jar's file name, empty when unknown
     */
    public record Located(String version, String jar) {}

    /**
     * A shared library, its floor, and the build property that Spring Boot's dependency management reads.
     *
     * @param coordinates Maven coordinates
     * @param floor the oldest supported version
     * @param bootProperty the property that sets its version under Spring Boot
     * @param version reads the version on the class path; may throw {@link LinkageError} when missing
     */
    public record Library(String coordinates, String floor, String bootProperty, Supplier<Located> version) {
        Optional<Finding> check() {
            Located found;
            try {
                found = version.get();
            } catch (LinkageError e) {
                return Optional.of(new Finding(this, "missing", "glanceshare needs " + coordinates + " " + floor
                        + " or newer, but it is not usable on the class path (" + e + "). Check that no exclusion "
                        + "removed it and that its other modules are of the same release."));
            }
            if (found.version.equals("unknown") || VersionNumbers.compare(found.version, floor) >= 0) {
                return Optional.empty();
            }
            String artifact = coordinates.substring(coordinates.indexOf(':') + 1);
            return Optional.of(new Finding(this, found.version, "glanceshare needs " + coordinates + " " + floor
                    + " or newer, but the class path has " + found.version
                    + (found.jar.isEmpty() ? "" : " (" + found.jar + ")") + ". The application's build chose that "
                    + "version, often through a framework's dependency management: declare a supported " + artifact
                    + " in your <dependencyManagement> (with Spring Boot, set the property " + bootProperty
                    + "). Supported versions: see 'Supported versions' in glanceshare's README."));
        }
    }

    /**
     * One library below its floor, with the message a user acts on.
     *
     * @param library the library
     * @param found the version found, or {@code missing}
     * @param text the message
     */
    public record Finding(Library library, String found, String text) {}
}
