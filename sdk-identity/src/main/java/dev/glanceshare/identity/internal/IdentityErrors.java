package dev.glanceshare.identity.internal;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.ErrorResponse;
import dev.glanceshare.identity.Credentials;
import java.net.URI;

/** Builds the identity module's exceptions: Keystone's answer plus what the user can do about it. */
public final class IdentityErrors {
    private IdentityErrors() {}

    /**
     * @param e Keystone's refusal
     * @param hint what was attempted and what to check; never a secret
     * @return a 401 exception with Keystone's status, request id and message ({@code serverMessage()} stays
     *     Keystone's own), whose {@code getMessage()} adds the hint
     */
    public static AuthenticationException authentication(ApiException e, String hint) {
        AuthenticationException out = new HintedAuthentication(e.error(), hint);
        out.initCause(e);
        return out;
    }

    /**
     * @param authTokens the {@code /v3/auth/tokens} URI, for {@link ApiException#uri()}
     * @return the exception for a refused fixed token: there is nothing to re-authenticate with
     */
    public static AuthenticationException fixedTokenRefused(URI authTokens) {
        return new FixedTokenRefused(ErrorResponse.builder().service("Keystone").method("POST").uri(authTokens)
                .status(401).build()); // no server message: Keystone was not asked
    }

    /** Keystone's refusal as it was, plus what the SDK can tell about it, kept apart from the server's words. */
    private static final class HintedAuthentication extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        HintedAuthentication(ErrorResponse error, String hint) {
            super(error);
            this.hint = hint;
        }

        @Override
        public String getMessage() {
            String m = super.getMessage();
            return m + (m.endsWith(".") ? " " : ". ") + hint;
        }
    }

    /** No request was sent: the message must not read like a Keystone answer. */
    private static final class FixedTokenRefused extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        static final String MESSAGE = "The fixed token this session was built with (Credentials.token, OS_TOKEN) was "
                + "refused, and a fixed token cannot be renewed. Issue a new token (openstack token issue), or use "
                + "password or application credentials so the session can re-authenticate by itself";

        FixedTokenRefused(ErrorResponse error) {
            super(error);
        }

        @Override
        public String getMessage() {
            return MESSAGE;
        }
    }
}
