/**
 * The {@code glanceshare} Actuator health indicator, for Boot 3.5 ({@code org.springframework.boot.actuate.health})
 * and Boot 4.0 ({@code org.springframework.boot.health.contributor}), over one Boot-independent check.
 */
package dev.glanceshare.spring.health;
