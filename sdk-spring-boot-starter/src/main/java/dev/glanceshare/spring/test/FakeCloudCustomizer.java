package dev.glanceshare.spring.test;

import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts the fake for one context, registers it and the seed as beans and adds the properties first. */
final class FakeCloudCustomizer implements ContextCustomizer {
    private final String user;

    FakeCloudCustomizer(String user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        FakeOpenStack fake = FakeOpenStack.builder().start();
        DemoSeed seed = fake.seed().demo();
        context.getBeanFactory().registerSingleton("glanceshareFakeOpenStack", fake);
        context.getBeanFactory().registerSingleton("glanceshareDemoSeed", seed);
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                if (event.getApplicationContext() == context) {
                    fake.close();
                }
            }
        });
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("glanceshareFakeOpenStack",
                Map.copyOf(FakeGlanceshareProperties.of(fake, user))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FakeCloudCustomizer && ((FakeCloudCustomizer) o).user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
