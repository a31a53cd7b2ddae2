package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.identity.internal.Login;
import dev.glanceshare.identity.internal.Texts;
import dev.glanceshare.identity.internal.UserRef;
import java.util.Optional;

/**
 * A user and password, for Keystone's {@code password} method. The user is given by ID, or by name plus
 * its domain's name or ID. Immutable; {@link #toString()} never shows the password. Build one with
 * {@link Credentials#password()}.
 */
public final class PasswordCredentials implements Credentials {
    private final UserRef user;
    private final String password;

    private PasswordCredentials(UserRef user, String password) {
        this.user = user;
        this.password = password;
    }

    static Builder builder() {
        return new Builder();
    }

    @Override
    public String method() {
        return "password";
    }

    /** @return the user ID, when the user is given by ID */
    public Optional<String> userId() {
        return user.id();
    }

    /** @return the user name, when the user is given by name */
    public Optional<String> userName() {
        return user.name();
    }

    /** @return the user's domain ID, when the user is given by name and domain ID */
    public Optional<String> userDomainId() {
        return user.domainId();
    }

    /** @return the user's domain name, when the user is given by name and domain name */
    public Optional<String> userDomainName() {
        return user.domainName();
    }

    UserRef user() {
        return user;
    }

    /** The secret: only the token key reads it. */
    String secret() {
        return password;
    }

    /** @return what the session authenticates with, secret included */
    Login login() {
        return Login.password(user, password);
    }

    /** @return the user; the password is redacted */
    @Override
    public String toString() {
        return "PasswordCredentials[" + user + ", password=<redacted>]";
    }

    /** Builds {@link PasswordCredentials}; {@link #build()} says what is missing. */
    public static final class Builder {
        private String userId;
        private String userName;
        private String userDomainId;
        private String userDomainName;
        private String password;

        private Builder() {}

        /**
         * @param value the user's ID (then no domain is needed)
         * @return this builder
         */
        public Builder userId(String value) { this.userId = Texts.clean(value); return this; }

        /**
         * @param value the user's name; also set its domain
         * @return this builder
         */
        public Builder userName(String value) { this.userName = Texts.clean(value); return this; }

        /**
         * @param value the ID of the user's domain, such as {@code default}
         * @return this builder
         */
        public Builder userDomainId(String value) { this.userDomainId = Texts.clean(value); return this; }

        /**
         * @param value the name of the user's domain, such as {@code Default}
         * @return this builder
         */
        public Builder userDomainName(String value) { this.userDomainName = Texts.clean(value); return this; }

        /**
         * @param value the password
         * @return this builder
         */
        public Builder password(String value) { this.password = value == null || value.isEmpty() ? null : value; return this; }

        /**
         * @return the credentials
         * @throws ConfigurationException naming the missing or conflicting setting
         */
        public PasswordCredentials build() {
            UserRef user = UserRef.of(userId, userName, userDomainId, userDomainName, "password auth");
            if (user == null) {
                throw new ConfigurationException(
                        "password auth needs a user: set userName(...) with userDomainName(...), or userId(...)");
            }
            if (password == null) {
                throw new ConfigurationException("password auth for " + user + " needs a password: set password(...)");
            }
            return new PasswordCredentials(user, password);
        }

        /** @return the settings so far; the password is redacted */
        @Override
        public String toString() {
            return "PasswordCredentials.Builder[userId=" + userId + ", userName=" + userName + ", userDomainId="
                    + userDomainId + ", userDomainName=" + userDomainName + ", password="
                    + (password == null ? "unset" : "<redacted>") + "]";
        }
    }
}
