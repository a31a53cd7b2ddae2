package compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.FakeUser;
import dev.glanceshare.testing.WithFakeOpenStack;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The typed errors a user's code catches: what Glance refused, and what is not there. */
@WithFakeOpenStack
class ErrorsTest {
    @Test
    void aMemberAddingAMemberIsForbidden(@FakeUser("demo") GlanceClient member, FakeOpenStack fake, DemoSeed demo) {
        String image = fake.seed().image("compat-shared").owner(demo.adminProjectId()).visibility("shared")
                .member(demo.demoProjectId(), "accepted").create();

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> member.images().members(image).add(demo.altProjectId()));

        assertEquals(403, e.status());
        assertEquals("POST", e.method());
        assertTrue(e.uri().getPath().endsWith("/v2/images/" + image + "/members"), () -> e.uri().toString());
        assertTrue(e.requestId().isPresent(), "a request id to quote");
        assertEquals("Not allowed to create members for image " + image + ".", e.serverMessage());
    }

    @Test
    void anImageThatIsNotThereIsNotFound(@FakeUser("admin") GlanceClient owner) {
        String missing = UUID.randomUUID().toString();

        NotFoundException e = assertThrows(NotFoundException.class, () -> owner.images().get(missing));

        assertEquals(404, e.status());
        assertEquals("GET", e.method());
        assertTrue(e.uri().getPath().endsWith("/v2/images/" + missing), () -> e.uri().toString());
        assertTrue(e.requestId().isPresent(), "a request id to quote");
    }
}
