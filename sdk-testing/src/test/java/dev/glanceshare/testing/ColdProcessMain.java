package dev.glanceshare.testing;

import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.FileTokenStore;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.identity.TokenInfo;
import dev.glanceshare.identity.TokenKey;
import dev.glanceshare.identity.CachedAuth;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberAddOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A short-lived process for {@link ColdStartTest}: authenticates as admin against the fake with a file
 * token store, adds a member, then writes its entry again and again to race another process doing the
 * same. Prints {@code token <fingerprint>} so the test can tell whose entry survived.
 *
 * <pre>
 * ColdProcessMain identityUrl storeDirectory imageId memberId rewrites
 * </pre>
 */
public final class ColdProcessMain {
    private ColdProcessMain() {}

    public static void main(String[] args) {
        String identityUrl = args[0];
        FileTokenStore store = FileTokenStore.in(Path.of(args[1]));
        Scope scope = Scope.projectName("admin", DemoSeed.DOMAIN);
        var credentials = Credentials.password().userName("admin").userDomainName(DemoSeed.DOMAIN)
                .password(DemoSeed.password("admin")).build();
        try (KeystoneSession session = KeystoneSession.builder().authUrl(identityUrl).credentials(credentials)
                .scope(scope).tokenStore(store).build();
             GlanceClient glance = GlanceClient.builder().session(session).build()) {
            glance.images().members(args[2]).add(args[3], MemberAddOptions.strict().ignoreExisting());
            TokenInfo mine = session.authenticate();
            TokenKey key = TokenKey.of(URI.create(identityUrl), credentials, scope);
            for (int i = Integer.parseInt(args[4]); i > 0; i--) {
                store.save(key, CachedAuth.of(mine, Instant.now()));
            }
            System.out.println("token " + ColdStartTest.fingerprint(mine.token().value()));
        }
    }
}
