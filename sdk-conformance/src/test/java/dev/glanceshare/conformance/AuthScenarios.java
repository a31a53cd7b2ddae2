package dev.glanceshare.conformance;

import static dev.glanceshare.conformance.User.ADMIN;
import static dev.glanceshare.conformance.User.DEMO;

import dev.glanceshare.core.AuthToken;
import dev.glanceshare.core.exception.AuthenticationException;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.MemberStatusFilter;
import java.util.List;
import java.util.Set;

/**
 * Tokens: one revoked in the middle of a run (the SDK re-authenticates once and succeeds), and
 * application-credential authentication.
 *
 * <p>keystonemiddleware in a real Glance caches each token it has validated (300 s by default), so it
 * keeps accepting a revoked token it has already seen. {@code revoked-token} therefore revokes a token
 * Glance has not seen yet, which behaves the same whatever the cache; {@code revoked-token-after-use}
 * revokes one Glance has used and needs the cache off ({@link Requirement#GLANCE_TOKEN_CACHE_OFF}).
 */
final class AuthScenarios {
    private AuthScenarios() {}

    static List<Scenario> all() {
        return List.of(
                Scenario.of("revoked-token", "mid-run, the session's new token is revoked before Glance sees it: "
                        + "401, one re-authentication, success", AuthScenarios::revokedToken),
                new Scenario("revoked-token-after-use", "the token Glance has already validated is revoked: 401, "
                        + "one re-authentication, success (needs Glance's token cache off)",
                        Set.of(Requirement.GLANCE_TOKEN_CACHE_OFF), AuthScenarios::revokedAfterUse),
                Scenario.of("wrong-password", "Keystone refuses a wrong password (401): the SDK throws "
                        + "AuthenticationException and sends nothing to Glance", AuthScenarios::wrongPassword),
                Scenario.of("application-credential", "demo's application credential authenticates; its token "
                        + "creates, lists and deletes images as project demo", AuthScenarios::applicationCredential));
    }

    private static void revokedToken(Run run) {
        AuthToken[] token = new AuthToken[1];
        run.call("authenticate", DEMO, a -> a.session().authenticate()).value();
        String id = run.call("create", DEMO, a -> a.images().create(SharingScenarios.image(run, "revoke"))).value().id();
        run.call("new-token", DEMO, a -> {
            token[0] = a.session().reauthenticate(a.session().token());
            return a.session().authenticate();
        }).value();
        run.call("revoke-new-token", DEMO, a -> a.keystoneRaw("DELETE", "/auth/tokens", token[0].value())).status(204);
        run.call("validate-revoked-token-as-admin", ADMIN, a -> a.keystoneRaw("GET", "/auth/tokens", token[0].value()))
                .status(404);
        run.call("get-with-revoked-token", DEMO, a -> a.images().get(id)).expect("the image", i -> i.id().equals(id));
        run.call("token-was-replaced", DEMO, a -> !a.session().token().equals(token[0])).expect("true", b -> b);
        run.exec("delete", DEMO, a -> a.images().delete(id)).value();
    }

    private static void revokedAfterUse(Run run) {
        String id = run.call("create", DEMO, a -> a.images().create(SharingScenarios.image(run, "revoke-used"))).value().id();
        AuthToken[] token = new AuthToken[1];
        run.call("revoke-used-token", DEMO, a -> {
            token[0] = a.session().token();
            return a.keystoneRaw("DELETE", "/auth/tokens", token[0].value());
        }).status(204);
        run.call("get-with-revoked-token", DEMO, a -> a.images().get(id)).expect("the image", i -> i.id().equals(id));
        run.call("token-was-replaced", DEMO, a -> !a.session().token().equals(token[0])).expect("true", b -> b);
        run.exec("delete", DEMO, a -> a.images().delete(id)).value();
    }

    private static void wrongPassword(Run run) {
        Actor wrong = run.actor("demo (wrong password)", Credentials.password().userName("demo")
                .userDomainName("Default").password("not-the-password").build(), Scope.projectName("demo", "Default"));
        run.call("authenticate", wrong, a -> a.session().authenticate()).fails(AuthenticationException.class);
        run.call("list", wrong, a -> a.images().list(ImageListOptions.none()).iterator().hasNext())
                .fails(AuthenticationException.class);
    }

    private static void applicationCredential(Run run) {
        Actor app = run.withApplicationCredential();
        String demo = run.project(DEMO);
        run.call("authenticate", app, a -> a.session().authenticate())
                .expect("a token for project demo", t -> demo.equals(t.projectId().orElse(""))
                        && t.methods().contains("application_credential"));
        String id = run.call("create", app, a -> a.images().create(SharingScenarios.image(run, "appcred")))
                .expect("owned by demo", i -> i.owner().orElse("").equals(demo)).id();
        run.call("list", app, a -> run.own(a.images().list(ImageListOptions.none())))
                .expect("the new image", l -> l.stream().anyMatch(i -> i.id().equals(id)));
        run.call("shared-with-me", app, a -> run.own(a.images().sharedWithMe(MemberStatusFilter.ALL))).value();
        run.exec("delete", app, a -> a.images().delete(id)).value();
    }
}
