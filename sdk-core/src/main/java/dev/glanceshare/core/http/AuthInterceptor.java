package dev.glanceshare.core.http;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.Session;
import java.util.Objects;

/**
 * Adds the session's token as {@code X-Auth-Token}. On a 401 it asks the session for a new token once
 * (single-flight across threads, see {@link Session#reauthenticate}) and sends the request once more;
 * a second 401 is returned to the caller, who maps it to an
 * {@link dev.glanceshare.core.exception.AuthenticationException}. A one-shot streamed body is not
 * resent.
 *
 * <p>One case earns a third send: when another thread had already replaced the refused token, the call
 * borrows that replacement, which may itself have been revoked or expired while the call was in flight.
 * Its 401 says nothing about the credentials, so the borrowed token is replaced once more (again
 * single-flight). A call never causes more than one authentication of its own, so credentials that
 * Keystone accepts but the service refuses still cost one re-authentication per call, not a loop.
 */
public final class AuthInterceptor implements Interceptor {
    /** The header that carries the token. */
    public static final String HEADER = "X-Auth-Token";

    private final Session session;

    /** @param session where tokens come from */
    public AuthInterceptor(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public HttpResponse intercept(Chain chain) {
        AuthToken token = session.token();
        HttpResponse response = chain.proceed(withToken(chain.request(), token));
        if (response.status() != 401 || !chain.request().body().map(RequestBody::isRepeatable).orElse(true)) {
            return response;
        }
        Responses.discard(response);
        // Whether another thread replaced the refused token already: then the replacement is borrowed.
        boolean borrowed = !session.token().equals(token);
        AuthToken fresh = session.reauthenticate(token);
        response = chain.proceed(withToken(chain.request(), fresh));
        if (response.status() != 401 || !borrowed) {
            return response;
        }
        Responses.discard(response);
        return chain.proceed(withToken(chain.request(), session.reauthenticate(fresh)));
    }

    private static HttpRequest withToken(HttpRequest request, AuthToken token) {
        return request.withHeader(HEADER, token.value());
    }
}
