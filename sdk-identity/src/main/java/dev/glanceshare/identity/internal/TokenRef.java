package dev.glanceshare.identity.internal;

/**
 * A user, project or domain as a token names it: an ID, a name and the owning domain's ID and name, any
 * of them possibly absent.
 *
 * @param id the ID
 * @param name the name, or {@code null}
 * @param domainId the owning domain's ID, or {@code null}
 * @param domainName the owning domain's name, or {@code null}
 */
public record TokenRef(String id, String name, String domainId, String domainName) {
    @Override
    public String toString() {
        return (name == null ? "" : name + " ") + "(" + id + ")";
    }
}
