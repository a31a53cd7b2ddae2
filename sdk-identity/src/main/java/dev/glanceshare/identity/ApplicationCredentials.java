package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.internal.Login;
import dev.glanceshare.identity.internal.Texts;
import dev.glanceshare.identity.internal.UserRef;
import java.util.Optional;

/**
 * An application credential, for Keystone's {@code application_credential} method: by ID plus secret, or
 * by name plus secret plus the user that owns it. An application credential is bound to one project, so a
 * session using it sends no scope. Immutable; {@link #toString()} never shows the secret. Build one with
 * {@link Credentials#applicationCredential()}.
 */
public final class ApplicationCredentials implements Credentials {
    private final String id;
    private final String name;
    private final UserRef user;
    private final String secret;

    private ApplicationCredentials(String id, String name, UserRef user, String secret) {
        this.id = id;
        this.name = name;
        this.user = user;
        this.secret = secret;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "application_credential";
    }

    /** @return the credential's ID, when it is given by ID */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the credential's name, when it is given by name */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the owner's user ID, when the credential is given by name and the user by ID */
    public Optional<String> userId() {
        return user == null ? Optional.empty() : user.id();
    }

    /** @return the owner's user name, when the credential is given by name and the user by name */
    public Optional<String> userName() {
        return user == null ? Optional.empty() : user.name();
    }

    /** @return the owner's domain ID, when the user is given by name and domain ID */
    public Optional<String> userDomainId() {
        return user == null ? Optional.empty() : user.domainId();
    }

    /** @return the owner's domain name, when the user is given by name and domain name */
    public Optional<String> userDomainName() {
        return user == null ? Optional.empty() : user.domainName();
    }

    /** @return the owner, or {@code null} when the credential is given by ID */
    UserRef user() {
        return user;
    }

    /** The secret: only the token key reads it. */
    String secret() {
        return secret;
    }

    /** @return what the session authenticates with, secret included */
    Login login() {
        return Login.applicationCredential(id, name, user, secret);
    }

    /** @return the credential's ID or name and user; the secret is redacted */
    @Override
    public String toString() {
        return "ApplicationCredentials[" + (id != null ? "id '" + id + "'" : "name '" + name + "' of " + user)
                + ", secret=<redacted>]";
    }

    /** Builds {@link ApplicationCredentials}; {@link #build()} says what is missing. */
    public static final class Builder {
        private String id;
        private String name;
        private String secret;
        private String userId;
        private String userName;
        private String userDomainId;
        private String userDomainName;

        private Builder() {}

        /**
         * @param value the credential's ID
         * @return this builder
         */
        public Builder id(String value) { this.id = Texts.clean(value); return this; }

        /**
         * @param value the credential's name; also set its user
         * @return this builder
         */
        public Builder name(String value) { this.name = Texts.clean(value); return this; }

        /**
         * @param value the secret Keystone showed when the credential was created
         * @return this builder
         */
        public Builder secret(String value) { this.secret = value == null || value.isEmpty() ? null : value; return this; }

        /**
         * @param value the owner's user ID (with {@link #name})
         * @return this builder
         */
        public Builder userId(String value) { this.userId = Texts.clean(value); return this; }

        /**
         * @param value the owner's user name (with {@link #name}); also set its domain
         * @return this builder
         */
        public Builder userName(String value) { this.userName = Texts.clean(value); return this; }

        /**
         * @param value the ID of the owner's domain
         * @return this builder
         */
        public Builder userDomainId(String value) { this.userDomainId = Texts.clean(value); return this; }

        /**
         * @param value the name of the owner's domain
         * @return this builder
         */
        public Builder userDomainName(String value) { this.userDomainName = Texts.clean(value); return this; }

        /**
         * @return the credentials
         * @throws ConfigurationException naming the missing or conflicting setting
         */
        public ApplicationCredentials build() {
            String what = "application credential auth";
            UserRef user = UserRef.of(userId, userName, userDomainId, userDomainName, what);
            if (id == null && name == null) {
                throw new ConfigurationException(what + " needs the credential: set id(...), or name(...) with "
                        + "its user (userId(...), or userName(...) with userDomainName(...))");
            }
            if (id != null && name != null) {
                throw new ConfigurationException(what + " names the credential twice: set id(...) or name(...), not both");
            }
            if (id != null && user != null) {
                throw new ConfigurationException(what + ": a credential given by id(...) needs no user; "
                        + "remove userId(...)/userName(...)");
            }
            if (name != null && user == null) {
                throw new ConfigurationException(what + ": credential '" + name + "' is given by name, so it needs "
                        + "its user: set userId(...), or userName(...) with userDomainName(...)");
            }
            if (secret == null) {
                throw new ConfigurationException(what + " needs the credential's secret: set secret(...)");
            }
            return new ApplicationCredentials(id, name, user, secret);
        }

        /** @return the settings so far; the secret is redacted */
        @Override
        public String toString() {
            return "ApplicationCredentials.Builder[id=" + id + ", name=" + name + ", userId=" + userId + ", userName="
                    + userName + ", secret=" + (secret == null ? "unset" : "<redacted>") + "]";
        }
    }
}
