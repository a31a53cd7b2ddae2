package dev.glanceshare.core.internal;

import dev.glanceshare.core.exception.UnsupportedDependencyException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
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
 * class path of a running JVM does not change. It is straight-line code on purpose (no lambdas, streams or
 * method references): it runs in every new process, and each lambda shape costs a cold JVM about a
 * millisecond to spin up, more than reading the versions themselves.
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
     * Throws for what {@link #check} found, if anything.
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
        static final List<Finding> FINDINGS = httpClientFindings();
    }

    private static final class JacksonLibraries {
        static final List<Finding> FINDINGS = jacksonFindings();
    }

    private static List<Finding> httpClientFindings() {
        List<Finding> findings = new ArrayList<>(2);
        // a missing library (or, when httpclient5 does not say its version, one without 5.4's TLS API) ends
        // the check, named by the library being read
        Library library = new Library("org.apache.httpcomponents.client5:httpclient5", HTTPCLIENT5_FLOOR,
                "httpclient5.version");
        try {
            Located client = version(HttpClients.class, "org.apache.hc.client5");
            if (client.version.equals(UNKNOWN)) {
                TlsSocketStrategy.class.getName(); // loading it throws NoClassDefFoundError below the floor
            }
            check(findings, library, client);
            library = new Library("org.apache.httpcomponents.core5:httpcore5", HTTPCORE5_FLOOR, "httpcore5.version");
            check(findings, library, version(HttpHost.class, "org.apache.hc.core5"));
        } catch (LinkageError e) {
            check(findings, library, Located.missing(e));
        }
        return List.copyOf(findings);
    }

    private static List<Finding> jacksonFindings() {
        List<Finding> findings = new ArrayList<>(4);
        // One module after the other; a missing one ends the check, named by the module being read
        String module = "com.fasterxml.jackson.core:jackson-core";
        try {
            check(findings, jackson(module), located(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
                    com.fasterxml.jackson.core.json.PackageVersion.class));
            module = "com.fasterxml.jackson.core:jackson-databind";
            check(findings, jackson(module), located(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                    com.fasterxml.jackson.databind.cfg.PackageVersion.class));
            module = "com.fasterxml.jackson.datatype:jackson-datatype-jsr310";
            check(findings, jackson(module), located(
                    com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString(),
                    com.fasterxml.jackson.datatype.jsr310.PackageVersion.class));
            module = "com.fasterxml.jackson.datatype:jackson-datatype-jdk8";
            check(findings, jackson(module), located(
                    com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString(),
                    com.fasterxml.jackson.datatype.jdk8.PackageVersion.class));
        } catch (LinkageError e) {
            check(findings, jackson(module), Located.missing(e));
        }
        return List.copyOf(findings);
    }

    /**
     * Describes a Jackson 2 module: its floor is {@link #JACKSON_FLOOR}.
     *
     * @param coordinates the module's Maven coordinates
     * @return the library
     */
    public static Library jackson(String coordinates) {
        return new Library(coordinates, JACKSON_FLOOR, "jackson-bom.version");
    }

    /**
     * Reads a library's version from the manifest of the jar that holds {@code anchor}, which is precise even
     * when several copies are on the class path, or else from the library's {@code version.properties}.
     */
    private static Located version(Class<?> anchor, String versionPackage) {
        Package p = anchor.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        if (version == null) {
            VersionInfo info = VersionInfo.loadVersionInfo(versionPackage, anchor.getClassLoader());
            version = info == null || VersionInfo.UNAVAILABLE.equals(info.getRelease()) ? null : info.getRelease();
        }
        return located(version, anchor);
    }

    private static final String UNKNOWN = "unknown";

    /**
     * @param version the version a library reports, or {@code null} when it does not say
     * @param anchor a class of the library, to name the jar it came from if the version is refused
     * @return the version and where it came from
     */
    public static Located located(String version, Class<?> anchor) {
        return new Located(version == null ? UNKNOWN : version, anchor, null);
    }

    /**
     * Adds a finding when the library is missing or older than its floor.
     *
     * @param findings where to add it
     * @param library the library
     * @param found what the class path has
     */
    public static void check(List<Finding> findings, Library library, Located found) {
        if (found.failure != null) {
            findings.add(new Finding(library, "missing", "glanceshare needs " + library.coordinates + " "
                    + library.floor + " or newer, but it is not usable on the class path (" + found.failure
                    + "). Check that no exclusion removed it and that its other modules are of the same release."));
            return;
        }
        if (found.version.equals(UNKNOWN) || VersionNumbers.compare(found.version, library.floor) >= 0) {
            return;
        }
        String jar = jarName(found.anchor);
        String artifact = library.coordinates.substring(library.coordinates.indexOf(':') + 1);
        findings.add(new Finding(library, found.version, "glanceshare needs " + library.coordinates + " "
                + library.floor + " or newer, but the class path has " + found.version
                + (jar.isEmpty() ? "" : " (" + jar + ")") + ". The application's build chose that version, often "
                + "through a framework's dependency management: declare a supported " + artifact + " in your "
                + "<dependencyManagement> (with Spring Boot, set the property " + library.bootProperty
                + "). Supported versions: see 'Supported versions' in glanceshare's README."));
    }

    /** The file name of the jar a class came from, or empty when it cannot be told. */
    static String jarName(Class<?> anchor) {
        try {
            CodeSource source = anchor == null ? null : anchor.getProtectionDomain().getCodeSource();
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
     * What the class path has of a library.
     *
     * @param version the version, or {@code unknown} when the library does not say
     * @param anchor a class of it, to name its jar; may be {@code null}
     * @param failure why it could not be loaded at all, or {@code null}
     */
    public record Located(String version, Class<?> anchor, LinkageError failure) {
        /**
         * @param failure why the library's classes cannot be loaded
         * @return a library that is missing or broken
         */
        public static Located missing(LinkageError failure) {
            return new Located(UNKNOWN, null, failure);
        }
    }

    /**
     * A shared library, its floor, and the build property that Spring Boot's dependency management reads.
     *
     * @param coordinates Maven coordinates
     * @param floor the oldest supported version
     * @param bootProperty the property that sets its version under Spring Boot
     */
    public record Library(String coordinates, String floor, String bootProperty) {}

    /**
     * One library below its floor, with the message a user acts on.
     *
     * @param library the library
     * @param found the version found, or {@code missing}
     * @param text the message
     */
    public record Finding(Library library, String found, String text) {}
}
