package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.exception.ConfigurationException;
import java.util.Optional;

/**
 * A Keystone user, by ID or by name plus its domain (name or ID). Holds no secret. Not public API:
 * credentials expose the parts through their own accessors.
 */
public final class UserRef {
    private final String id;
    private final String name;
    private final String domainId;
    private final String domainName;

    private UserRef(String id, String name, String domainId, String domainName) {
        this.id = id;
        this.name = name;
        this.domainId = domainId;
        this.domainName = domainName;
    }

    /**
     * Validates the parts a builder collected.
     *
     * @param what how the credential is named in messages, such as {@code password auth}
     * @return the user, or {@code null} when no part was set
     */
    public static UserRef of(String id, String name, String domainId, String domainName, String what) {
        if (id == null && name == null) {
            if (domainId != null || domainName != null) {
                throw new ConfigurationException(what + " has a user domain but no user: set userName(...) too, "
                        + "or use userId(...) instead");
            }
            return null;
        }
        if (id != null && name != null) {
            throw new ConfigurationException(what + " names its user twice: set userId(...) or userName(...), not both");
        }
        if (id != null) {
            if (domainId != null || domainName != null) {
                throw new ConfigurationException(what + ": a user given by userId(...) needs no domain; "
                        + "remove userDomainName(...) and userDomainId(...)");
            }
            return new UserRef(id, null, null, null);
        }
        if (domainId == null && domainName == null) {
            throw new ConfigurationException(what + ": user '" + name + "' is given by name, so it needs its domain: "
                    + "set userDomainName(...) or userDomainId(...) (for the default domain: userDomainId(\"default\"))");
        }
        if (domainId != null && domainName != null) {
            throw new ConfigurationException(what + ": set userDomainName(...) or userDomainId(...), not both");
        }
        return new UserRef(null, name, domainId, domainName);
    }

    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> domainId() {
        return Optional.ofNullable(domainId);
    }

    public Optional<String> domainName() {
        return Optional.ofNullable(domainName);
    }

    /** Writes {@code {"id":..}} or {@code {"name":..,"domain":{"name"|"id":..}}} into {@code user}. */
    public void writeTo(ObjectNode user) {
        if (id != null) {
            user.put("id", id);
            return;
        }
        user.put("name", name);
        ObjectNode domain = user.putObject("domain");
        if (domainId != null) {
            domain.put("id", domainId);
        } else {
            domain.put("name", domainName);
        }
    }

    @Override
    public String toString() {
        if (id != null) {
            return "user ID '" + id + "'";
        }
        return "user '" + name + "' in domain " + (domainId != null ? "ID '" + domainId + "'" : "'" + domainName + "'");
    }

}
