package dev.glanceshare.spring.health;

import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.spring.GlanceshareProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@code glanceshare} health indicator for the Boot line on the class path. Boot 4 moved the health
 * API to {@code org.springframework.boot.health.contributor} (module spring-boot-health); each nested configuration
 * names its line's class as a string, so Spring checks it without loading a class that is not there, and the
 * indicator for the other line is never loaded. {@code management.health.glanceshare.enabled=false} turns it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "management.health.glanceshare", name = "enabled", matchIfMissing = true)
public class GlanceshareHealthConfiguration {
    /** Created by Spring. */
    public GlanceshareHealthConfiguration() {}

    /** Boot 4.0. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "glanceshareHealthIndicator")
        Boot4GlanceshareHealthIndicator glanceshareHealthIndicator(KeystoneSession session, GlanceshareProperties p) {
            return new Boot4GlanceshareHealthIndicator(new GlanceshareHealthCheck(session, p, Clock.systemUTC()));
        }
    }

    /** Boot 3.5. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "glanceshareHealthIndicator")
        Boot3GlanceshareHealthIndicator glanceshareHealthIndicator(KeystoneSession session, GlanceshareProperties p) {
            return new Boot3GlanceshareHealthIndicator(new GlanceshareHealthCheck(session, p, Clock.systemUTC()));
        }
    }
}
