package dev.glanceshare.benchmarks;

import dev.glanceshare.testing.DemoSeed;
import org.openstack4j.api.OSClient.OSClientV3;
import org.openstack4j.model.common.Identifier;
import org.openstack4j.openstack.OSFactory;

/**
 * openstack4j 3.12 as its users run it: an {@code OSClientV3} per thread ({@code OSClient} is bound to
 * the thread that authenticated), the other threads joining with {@code OSFactory.clientFromToken}.
 */
public final class Os4j {
    private Os4j() {}

    /**
     * Authenticates (POST /v3/auth/tokens) with the demo seed's credentials.
     *
     * @param fixture the fake
     * @param user admin, demo or alt
     * @return a client for this thread
     */
    public static OSClientV3 authenticate(Fixture fixture, String user) {
        Identifier domain = Identifier.byName(DemoSeed.DOMAIN);
        return OSFactory.builderV3()
                .endpoint(fixture.identityUrl())
                .credentials(user, DemoSeed.password(user), domain)
                .scopeToProject(Identifier.byName(user), domain)
                .authenticate();
    }

    /**
     * @param authenticated a client made on another thread
     * @return a client for the calling thread sharing its token (no request)
     */
    public static OSClientV3 forThisThread(OSClientV3 authenticated) {
        return OSFactory.clientFromToken(authenticated.getToken());
    }
}
