package dev.glanceshare.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.identity.internal.Texts;
import dev.glanceshare.identity.internal.TokenParser;
import dev.glanceshare.identity.internal.TokenRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link TokenStore} keeps for one {@link TokenKey}: the token with everything a session needs to
 * work without asking Keystone again (expiry, user, project, roles, catalog), and the local time at
 * which the token was requested, from which the session judges expiry on its own clock. Never a password
 * or application credential secret. Immutable; {@link #toString()} redacts the token.
 *
 * <p>{@link #toJson()} and {@link #fromJson(String)} give stores one text form to keep. That text holds
 * the token, a bearer secret: keep it where only its owner can read it.
 */
public final class CachedAuth {
    private static final int FORMAT = 1;

    private final TokenInfo token;
    private final Instant obtainedAt;

    private CachedAuth(TokenInfo token, Instant obtainedAt) {
        this.token = Objects.requireNonNull(token, "token");
        this.obtainedAt = Objects.requireNonNull(obtainedAt, "obtainedAt");
    }

    /**
     * @param token the token's details, as Keystone issued them
     * @param obtainedAt the local time the token was requested
     * @return the entry
     */
    public static CachedAuth of(TokenInfo token, Instant obtainedAt) {
        return new CachedAuth(token, obtainedAt);
    }

    /** @return the token's details */
    public TokenInfo token() {
        return token;
    }

    /** @return the local time the token was requested */
    public Instant obtainedAt() {
        return obtainedAt;
    }

    /**
     * @return JSON holding the token value, its details in Keystone's own {@code {"token": ...}} shape,
     *     and {@link #obtainedAt()}. It contains the token: never log it
     */
    public String toJson() {
        return JsonCodec.standard().writeString(toNode());
    }

    /** @return the JSON of {@link #toJson()} as a tree */
    ObjectNode toNode() {
        JsonCodec json = JsonCodec.standard();
        ObjectNode root = json.objectNode();
        root.put("format", FORMAT);
        root.put("obtained_at", obtainedAt.toString());
        root.put("subject_token", token.token().value());
        ObjectNode t = root.putObject("token");
        t.set("methods", strings(json, token.methods()));
        ref(t.putObject("user"), token.userRef());
        token.issuedAt().ifPresent(i -> t.put("issued_at", i.toString()));
        token.expiresAt().ifPresent(e -> t.put("expires_at", e.toString()));
        if (token.projectRef() != null) {
            ref(t.putObject("project"), token.projectRef());
        }
        if (token.domainRef() != null) {
            ref(t.putObject("domain"), token.domainRef());
        }
        ArrayNode roles = t.putArray("roles");
        token.roles().forEach(r -> roles.addObject().put("name", r));
        ArrayNode catalog = t.putArray("catalog");
        for (CatalogService s : token.catalog().services()) {
            ObjectNode service = catalog.addObject().put("type", s.type());
            s.name().ifPresent(n -> service.put("name", n));
            s.id().ifPresent(i -> service.put("id", i));
            ArrayNode endpoints = service.putArray("endpoints");
            for (CatalogEndpoint e : s.endpoints()) {
                ObjectNode endpoint = endpoints.addObject();
                e.id().ifPresent(i -> endpoint.put("id", i));
                endpoint.put("interface", e.interfaceName());
                e.region().ifPresent(r -> endpoint.put("region_id", r));
                endpoint.put("url", e.url().toString());
            }
        }
        return root;
    }

    /**
     * @param json text written by {@link #toJson()}
     * @return the entry
     * @throws IllegalArgumentException when the text is not such an entry (a store should treat it as absent)
     */
    public static CachedAuth fromJson(String json) {
        JsonNode root;
        try {
            root = JsonCodec.standard().readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        return fromNode(root);
    }

    /** @see #fromJson(String) */
    static CachedAuth fromNode(JsonNode root) {
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("not a cached auth of format " + FORMAT);
        }
        String subject = Texts.clean(root.path("subject_token").asText(null));
        Instant obtained = TokenParser.time(root, "obtained_at");
        if (subject == null || obtained == null) {
            throw new IllegalArgumentException("the entry has no subject_token or obtained_at");
        }
        return new CachedAuth(TokenParser.parse(subject, root, TokenInfo::new), obtained);
    }

    /** @return the token's details and when it was obtained; the token value is redacted */
    @Override
    public String toString() {
        return "CachedAuth[" + token + ", obtained " + obtainedAt + "]";
    }

    private static ObjectNode ref(ObjectNode node, TokenRef ref) {
        node.put("id", ref.id());
        if (ref.name() != null) {
            node.put("name", ref.name());
        }
        if (ref.domainId() != null || ref.domainName() != null) {
            ObjectNode domain = node.putObject("domain");
            if (ref.domainId() != null) {
                domain.put("id", ref.domainId());
            }
            if (ref.domainName() != null) {
                domain.put("name", ref.domainName());
            }
        }
        return node;
    }

    private static ArrayNode strings(JsonCodec json, Iterable<String> values) {
        ArrayNode a = json.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
