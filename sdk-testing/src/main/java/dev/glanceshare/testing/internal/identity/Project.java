package dev.glanceshare.testing.internal.identity;

/**
 * A Keystone project.
 *
 * @param id 32 hex digits
 * @param name unique within its domain
 * @param domainId always {@code default} here
 * @param description free text
 */
public record Project(String id, String name, String domainId, String description) {
}
