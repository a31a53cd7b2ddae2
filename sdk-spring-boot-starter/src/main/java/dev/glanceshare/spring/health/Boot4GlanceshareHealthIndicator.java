package dev.glanceshare.spring.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The {@code glanceshare} health indicator on Spring Boot 4's health API (spring-boot-health). */
public final class Boot4GlanceshareHealthIndicator implements HealthIndicator {
    private final GlanceshareHealthCheck check;

    /** @param check the Boot-independent check */
    public Boot4GlanceshareHealthIndicator(GlanceshareHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        GlanceshareHealthCheck.Result result = check.check();
        return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
    }
}
