package dev.glanceshare.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a {@link FakeOpenStack} seeded with the demo cloud, and injects it
 * (and the {@link DemoSeed}) into test and lifecycle methods that ask for it.
 *
 * <pre>{@code
 * @WithFakeOpenStack
 * class SharingTest {
 *     @Test
 *     void sharesAnImage(FakeOpenStack fake, DemoSeed demo) {
 *         // point the code under test at fake.identityUrl()
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeOpenStackExtension.class)
public @interface WithFakeOpenStack {
    /**
     * Says whether the tests of the class share one fake or each get their own.
     *
     * @return {@link FakeOpenStackExtension.Lifecycle#PER_CLASS} by default
     */
    FakeOpenStackExtension.Lifecycle lifecycle() default FakeOpenStackExtension.Lifecycle.PER_CLASS;

    /**
     * Says whether to seed the demo cloud.
     *
     * @return true by default
     */
    boolean demoSeed() default true;

    /**
     * Gives the Glance path prefix.
     *
     * @return e.g. {@code /image}; empty (the default) for none
     */
    String imagePathPrefix() default "";

    /**
     * Gives the catalog region.
     *
     * @return {@code RegionOne} by default
     */
    String region() default "RegionOne";
}
