package compat;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.testing.FakeUser;
import dev.glanceshare.testing.WithFakeOpenStack;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The extension injects ready sessions and clients, and closes them when the test ends, on every Jupiter
 * version: before 5.13 JUnit closes only its own {@code CloseableResource}s, so a client left open there
 * would leak its connection pool.
 */
@WithFakeOpenStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionLifecycleTest {
    private static KeystoneSession injectedSession;
    private static GlanceClient injectedClient;

    @Test
    @Order(1)
    void injectsAWorkingSessionAndClient(@FakeUser("alt") KeystoneSession session, @FakeUser("alt") GlanceClient client) {
        assertNotNull(session.token().value());
        client.images().list(ImageListOptions.builder().build()).stream().count(); // one request, on the fake
        injectedSession = session;
        injectedClient = client;
    }

    @Test
    @Order(2)
    void closesThemWhenTheTestEnds() {
        assertNotNull(injectedSession, "the first test ran");
        assertThrows(IllegalStateException.class, injectedSession::token, "the injected session was closed");
        assertThrows(IllegalStateException.class, () -> injectedClient.images().get(UUID.randomUUID().toString()),
                "the injected client was closed");
    }
}
