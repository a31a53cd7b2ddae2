package dev.glanceshare.spring.test;

import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The {@code glanceshare.*} properties that point an application at a fake you start yourself, for one line in a
 * {@code @DynamicPropertySource} method (the alternative to {@link WithFakeGlanceshare}):
 *
 * <pre>{@code
 * static final FakeOpenStack FAKE = FakeOpenStack.builder().start();
 * static final DemoSeed DEMO = FAKE.seed().demo();
 *
 * @DynamicPropertySource
 * static void glanceshare(DynamicPropertyRegistry registry) {
 *     FakeGlanceshareProperties.add(registry, FAKE, "admin");
 * }
 * }</pre>
 */
public final class FakeGlanceshareProperties {
    private FakeGlanceshareProperties() {}

    /**
     * @param fake the running fake, seeded with {@code fake.seed().demo()}
     * @param user a demo user: admin, demo, alt or other
     * @return the properties: auth URL, user name, password, project name and both domains
     */
    public static Map<String, String> of(FakeOpenStack fake, String user) {
        return Map.of("glanceshare.auth-url", fake.identityUrl(), "glanceshare.username", user,
                "glanceshare.password", DemoSeed.password(user), "glanceshare.project-name", user,
                "glanceshare.user-domain-name", DemoSeed.DOMAIN, "glanceshare.project-domain-name", DemoSeed.DOMAIN);
    }

    /**
     * @param registry the test's dynamic properties
     * @param fake the running fake, seeded with {@code fake.seed().demo()}
     * @param user a demo user: admin, demo, alt or other
     */
    public static void add(DynamicPropertyRegistry registry, FakeOpenStack fake, String user) {
        of(fake, user).forEach((name, value) -> registry.add(name, () -> value));
    }
}
