package dev.glanceshare.spring.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code glanceshare} health indicator on Spring Boot 3.5's health API. */
public final class Boot3GlanceshareHealthIndicator implements HealthIndicator {
    private final GlanceshareHealthCheck check;

    /** @param check the Boot-independent check */
    public Boot3GlanceshareHealthIndicator(GlanceshareHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        GlanceshareHealthCheck.Result result = check.check();
        return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
    }
}
