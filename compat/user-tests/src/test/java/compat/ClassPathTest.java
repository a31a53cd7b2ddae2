package compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The cell runs on the versions it says it runs on: Maven's mediation (or a framework's dependency
 * management) decides what lands on the class path, so each cell states what it expects in
 * {@code compat.expect.*} properties and this test holds the class path to it. It also checks that exactly
 * one JUnit release is on the test class path: sdk-testing must never drag in a second one.
 */
class ClassPathTest {
    @Test
    void httpClientIsTheExpectedVersion() {
        expect("compat.expect.httpclient5",
                org.apache.hc.client5.http.impl.classic.HttpClients.class.getPackage().getImplementationVersion());
    }

    @Test
    void jacksonIsTheExpectedVersion() {
        expect("compat.expect.jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        expect("compat.expect.jackson", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        expect("compat.expect.jackson", com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString());
    }

    @Test
    void assertjIsTheExpectedVersionOrAbsent() {
        String expected = System.getProperty("compat.expect.assertj", "");
        if (expected.equals("none")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName("org.assertj.core.api.Assertions"),
                    "sdk-testing must not bring AssertJ to a project that does not use it");
        } else {
            Map<String, String> assertj = bundleVersions("assertj-core");
            assertj.putAll(bundleVersions("org.assertj.core")); // its bundle name before 3.16
            expect("compat.expect.assertj", assertj.values().stream().findFirst().orElse("absent"));
        }
    }

    @Test
    void exactlyOneJUnitReleaseIsOnTheClassPath() {
        Map<String, String> jupiter = bundleVersions("junit-jupiter");
        Map<String, String> platform = bundleVersions("junit-platform");
        expect("compat.expect.junit", jupiter.get("junit-jupiter-api"));
        assertEquals(1, new TreeSet<>(jupiter.values()).size(), () -> "Jupiter jars of several releases: " + jupiter);
        assertEquals(1, new TreeSet<>(platform.values()).size(), () -> "Platform jars of several releases: " + platform);
        String jupiterVersion = jupiter.get("junit-jupiter-api");
        String platformVersion = platform.get("junit-platform-commons");
        // JUnit 5.x pairs Jupiter 5.N.P with Platform 1.N.P; from 6 on both carry one number
        String expectedPlatform = jupiterVersion.startsWith("5.") ? "1." + jupiterVersion.substring(2) : jupiterVersion;
        assertEquals(expectedPlatform, platformVersion, () -> "Jupiter " + jupiter + " with Platform " + platform);
    }

    private static void expect(String property, String actual) {
        String expected = System.getProperty(property, "");
        if (!expected.isEmpty()) {
            assertEquals(expected, actual, property);
        }
    }

    /** Jar name (its Bundle-SymbolicName or Implementation-Title) to version, for the jars whose name starts so. */
    private static Map<String, String> bundleVersions(String prefix) {
        Map<String, String> found = new TreeMap<>();
        try {
            Enumeration<URL> manifests = ClassPathTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                URL url = manifests.nextElement();
                try (InputStream in = url.openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    String name = name(main);
                    String version = version(main);
                    if (name != null && version != null && name.startsWith(prefix)) {
                        String previous = found.put(name, version);
                        if (previous != null && !previous.equals(version)) {
                            found.put(name + " (second copy)", previous);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("could not read the class path's manifests", e);
        }
        return found;
    }

    private static String name(Attributes main) {
        String symbolic = main.getValue("Bundle-SymbolicName");
        return symbolic != null ? symbolic.split(";")[0].trim() : main.getValue("Implementation-Title");
    }

    private static String version(Attributes main) {
        String version = main.getValue("Implementation-Version");
        return version != null ? version : main.getValue("Bundle-Version");
    }
}
