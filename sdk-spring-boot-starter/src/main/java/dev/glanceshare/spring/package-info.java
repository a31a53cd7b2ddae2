/**
 * Spring Boot 3.5 and 4.0 auto-configuration for glanceshare: a {@code KeystoneSession}, a {@code GlanceClient}
 * and {@code BulkSharing} from {@code glanceshare.*} properties, {@code OS_*} variables or clouds.yaml, closed
 * with the context; metrics and traces through the application's Micrometer registries; an Actuator health
 * indicator. docs/spring-boot.md lists the properties and beans.
 */
package dev.glanceshare.spring;
