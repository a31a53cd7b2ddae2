package compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glanceshare.core.exception.UnsupportedDependencyException;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import org.junit.jupiter.api.Test;

/** With httpclient5 below the floor, building a session or a transport refuses, and says why and what to do. */
class BelowFloorTest {
    private static final String FOUND = System.getProperty("compat.found.httpclient5");

    @Test
    void buildingASessionNamesTheLibraryTheVersionFoundAndTheVersionNeeded() {
        UnsupportedDependencyException e = assertThrows(UnsupportedDependencyException.class,
                () -> KeystoneSession.builder().authUrl("http://127.0.0.1:5000/v3")
                        .credentials(Credentials.password().userName("demo").userDomainName("Default")
                                .password("demo-secret").build())
                        .build());
        System.out.println("BelowFloorTest: " + e.getMessage());

        assertEquals("org.apache.httpcomponents.client5:httpclient5", e.library());
        assertEquals(FOUND, e.found());
        assertEquals("5.4", e.required());
        assertTrue(e.getMessage().startsWith("glanceshare needs org.apache.httpcomponents.client5:httpclient5 5.4 "
                + "or newer, but the class path has " + FOUND + " (httpclient5-" + FOUND + ".jar)."), e.getMessage());
        assertTrue(e.getMessage().contains("httpclient5.version"), "names the Spring Boot property");
        assertTrue(!e.getMessage().contains("demo-secret"), "no secret in the message");
    }

    @Test
    void buildingATransportDirectlySaysTheSame() {
        UnsupportedDependencyException e = assertThrows(UnsupportedDependencyException.class, ApacheHttpTransport::create);

        assertEquals(FOUND, e.found());
        assertEquals("5.4", e.required());
    }
}
