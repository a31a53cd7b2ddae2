package compat.boot;

import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The bundled fake as beans of the test's context: started with the context, closed with it, seeded with the
 * demo cloud, and the application's {@code openstack.*} properties pointed at it as the demo seed's admin.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeCloud {
    @Bean(destroyMethod = "close")
    FakeOpenStack fakeOpenStack() {
        return FakeOpenStack.builder().start();
    }

    @Bean
    DemoSeed demoSeed(FakeOpenStack fake) {
        return fake.seed().demo();
    }

    @Bean
    DynamicPropertyRegistrar openstackProperties(FakeOpenStack fake) {
        return registry -> {
            registry.add("openstack.auth-url", fake::identityUrl);
            registry.add("openstack.username", () -> "admin");
            registry.add("openstack.password", () -> DemoSeed.password("admin"));
            registry.add("openstack.project", () -> "admin");
        };
    }
}
