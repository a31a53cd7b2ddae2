package dev.glanceshare.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Starts the bundled fake Keystone and Glance with the test's Spring context, seeds the demo cloud ({@code
 * DemoSeed}: users admin, demo, alt and other, one shared image) and sets {@code glanceshare.auth-url},
 * {@code username}, {@code password} and {@code project-name} to one of its users. The fake ({@code
 * FakeOpenStack}) and the seed ({@code DemoSeed}) are beans of the context, for assertions; the fake stops when
 * the context closes. Contexts with the same settings are shared between test classes, as Spring caches them.
 *
 * <pre>{@code
 * @SpringBootTest
 * @WithFakeGlanceshare
 * class SharingTest {
 *     @Autowired GlanceClient glance;
 *     @Autowired DemoSeed demo;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(FakeCloudCustomizerFactory.class)
public @interface WithFakeGlanceshare {
    /** @return the demo user whose credentials the properties get: admin (default), demo, alt or other */
    String user() default "admin";
}
