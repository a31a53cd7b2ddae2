package dev.glanceshare.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.RequestBody;
import dev.glanceshare.core.http.ServiceCaller;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keystone v3 calls a session makes: version discovery (once), token issue and inspection, and the
 * authenticated GETs of the project lookup. Thread-safe.
 */
public final class IdentityApi {
    private static final Logger LOG = LoggerFactory.getLogger(KeystoneSession.class);
    private static final String JSON = "application/json";
    /** Catalogs of large clouds run to hundreds of kilobytes; anything far beyond is not a token. */
    private static final int MAX_JSON = 16 * 1024 * 1024;

    private final URI authUrl;
    private final ServiceCaller plain;
    private final ServiceCaller authenticated;
    private final TokenInfoFactory tokens;
    private final Object discoveryLock = new Object();
    private volatile URI identity;

    /**
     * @param authUrl the normalised auth URL
     * @param transport where requests go
     * @param session the session whose token the project lookups send
     * @param tokens makes the token details of a response
     */
    public IdentityApi(URI authUrl, HttpTransport transport, Session session, TokenInfoFactory tokens) {
        this.authUrl = authUrl;
        this.tokens = tokens;
        this.plain = new ServiceCaller("Keystone", IdentityPipeline.create(transport, null), MAX_JSON);
        this.authenticated = new ServiceCaller("Keystone", IdentityPipeline.create(transport, session), MAX_JSON);
        this.identity = AuthUrls.isV3(authUrl) ? authUrl : null;
    }

    /** @return the v3 API's base URL, discovering it with {@code GET authUrl} the first time if needed */
    public URI identityUrl() {
        URI u = identity;
        if (u != null) {
            return u;
        }
        synchronized (discoveryLock) {
            if (identity == null) {
                identity = discover();
            }
            return identity;
        }
    }

    private URI discover() {
        URI uri = AuthUrls.discoveryUri(authUrl);
        HttpRequest request = HttpRequest.builder("GET", uri).header("Accept", JSON).build();
        try (HttpResponse response = plain.pipeline().send(request)) {
            if (response.status() != 200 && response.status() != 300) {
                throw plain.errorFor(request, response);
            }
            JsonNode body;
            try {
                body = JsonCodec.standard().readTree(read(request, response));
            } catch (IOException e) {
                throw new ConfigurationException("GET " + uri + " did not answer with Keystone's version document ("
                        + firstLine(e) + "); check authUrl, or give the v3 URL (ending in /v3)", e);
            }
            URI v3 = AuthUrls.v3From(body, uri);
            LOG.debug("Keystone identity v3 API discovered at {} (from {})", v3, uri);
            return v3;
        }
    }

    /** @return the {@code /v3/auth/tokens} URI */
    public URI authTokens() {
        return UriPaths.append(identityUrl(), "auth", "tokens");
    }

    /**
     * {@code POST /v3/auth/tokens}.
     *
     * @param login how to authenticate
     * @param scope the scope, or {@code null} for none
     * @param attempt what is attempted, for the message of a 401; never a secret
     * @return the new token
     */
    public TokenInfo issue(Login login, Scope scope, String attempt) {
        HttpRequest request = HttpRequest.builder("POST", authTokens()).header("Accept", JSON)
                .body(RequestBody.of(AuthBodies.issue(login, scope), JSON)).build();
        try {
            return token(request, null);
        } catch (AuthenticationException e) {
            throw IdentityErrors.authentication(e, "Attempted " + attempt + ". Keystone gives this same answer for a "
                    + "wrong password or secret, an unknown user or credential, and a scope the user has no role on.");
        }
    }

    /**
     * {@code GET /v3/auth/tokens} for the token itself: reads a fixed token's scope and catalog.
     *
     * @param token the token
     * @return its details
     */
    public TokenInfo inspect(String token) {
        HttpRequest request = HttpRequest.builder("GET", authTokens()).header("Accept", JSON)
                .header("X-Auth-Token", token).header("X-Subject-Token", token).build();
        try {
            return token(request, token);
        } catch (ApiException e) {
            if (e.status() == 401 || e.status() == 404) {
                throw IdentityErrors.authentication(e, "The fixed token this session was built with (Credentials.token, "
                        + "OS_TOKEN) is invalid, expired or revoked: issue a new one (openstack token issue)");
            }
            throw e;
        }
    }

    private TokenInfo token(HttpRequest request, String knownToken) {
        try (HttpResponse response = plain.open(request)) {
            String subject = knownToken != null ? knownToken
                    : response.headers().first("X-Subject-Token").map(Texts::clean).orElse(null);
            if (subject == null) {
                throw decode(request, "Keystone answered " + response.status() + " without an X-Subject-Token header", null);
            }
            byte[] body = read(request, response);
            try {
                TokenInfo info = TokenParser.parse(subject, JsonCodec.standard().readTree(body), tokens);
                LOG.debug("Keystone issued a token: {}", info);
                return info;
            } catch (IOException | IllegalArgumentException e) {
                throw decode(request, "Keystone's token response could not be read: " + firstLine(e), e);
            }
        }
    }

    /**
     * @param transport where requests go
     * @param session whose token to send
     * @return an authenticated GET of JSON with another session's token, as {@link #get} does with this one's
     */
    public static Function<URI, JsonNode> authenticatedGet(HttpTransport transport, Session session) {
        ServiceCaller caller = new ServiceCaller("Keystone", IdentityPipeline.create(transport, session), MAX_JSON);
        return uri -> caller.json(HttpRequest.builder("GET", uri).header("Accept", JSON).build(), JsonNode.class);
    }

    /**
     * An authenticated GET of JSON (401 leads to one re-authentication and one retry).
     *
     * @param uri the URI
     * @return the body
     */
    public JsonNode get(URI uri) {
        return authenticated.json(HttpRequest.builder("GET", uri).header("Accept", JSON).build(), JsonNode.class);
    }

    private static byte[] read(HttpRequest request, HttpResponse response) {
        try {
            return response.readBody(MAX_JSON);
        } catch (HttpResponse.BodyTooLargeException e) {
            throw decode(request, e.getMessage(), e);
        } catch (IOException e) {
            // sdk-core's ApacheHttpTransport.failure(...) does this mapping, but it is package-private
            TransportException.Kind kind = e instanceof InterruptedIOException
                    ? TransportException.Kind.TIMEOUT : TransportException.Kind.IO;
            throw new TransportException(kind, request.method(), request.uri(), "reading the body failed: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static TransportException decode(HttpRequest request, String detail, Throwable cause) {
        return new TransportException(TransportException.Kind.DECODE, request.method(), request.uri(), detail, cause);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
