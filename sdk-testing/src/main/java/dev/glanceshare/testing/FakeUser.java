package dev.glanceshare.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks who an injected {@code GlanceClient} or {@code KeystoneSession} authenticates as: a user of the
 * demo seed, scoped to its project of the same name. Without it, parameters authenticate as {@code admin}.
 *
 * <pre>{@code
 * @Test
 * void consumerAccepts(@FakeUser("admin") GlanceClient owner, @FakeUser("demo") GlanceClient consumer) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FakeUser {
    /** @return the user (and project) name: {@code admin}, {@code demo} or {@code alt} */
    String value();
}
