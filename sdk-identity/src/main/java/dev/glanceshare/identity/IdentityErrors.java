package dev.glanceshare.identity;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.ErrorResponse;
import dev.glanceshare.core.exception.ForbiddenException;
import java.net.URI;

/** Builds the identity module's exceptions: Keystone's answer plus what the user can do about it. */
final class IdentityErrors {
    private IdentityErrors() {}

    /**
     * @param e Keystone's refusal
     * @param hint what was attempted and what to check; never a secret
     * @return a 401 exception with Keystone's status, request id and message, followed by the hint
     */
    static AuthenticationException authentication(ApiException e, String hint) {
        AuthenticationException out = new AuthenticationException(withHint(e.error(), hint));
        out.initCause(e);
        return out;
    }

    /**
     * @param e the last 403
     * @param hint what was refused and what to do instead
     * @return a 403 exception carrying the last refusal's details and the hint
     */
    static ForbiddenException forbidden(ForbiddenException e, String hint) {
        ForbiddenException out = new ForbiddenException(withHint(e.error(), hint));
        out.initCause(e);
        return out;
    }

    /**
     * @param authTokens the {@code /v3/auth/tokens} URI, for {@link ApiException#uri()}
     * @return the exception for a refused fixed token: there is nothing to re-authenticate with
     */
    static AuthenticationException fixedTokenRefused(URI authTokens) {
        return new FixedTokenRefused(ErrorResponse.builder().service("Keystone").method("POST").uri(authTokens)
                .status(401).serverMessage(FixedTokenRefused.MESSAGE).build());
    }

    private static ErrorResponse withHint(ErrorResponse error, String hint) {
        String server = error.serverMessage();
        String message = server.isEmpty() ? hint : server + (server.endsWith(".") ? " " : ". ") + hint;
        return ErrorResponse.builder().service(error.service()).method(error.method()).uri(error.uri())
                .status(error.status()).requestId(error.requestId().orElse(null)).serverMessage(message)
                .retryAfter(error.retryAfter().orElse(null)).build();
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
