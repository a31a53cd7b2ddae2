package dev.glanceshare.benchmarks;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberService;

/** glanceshare: one transport, one session, one client, shared by every thread. */
public final class SdkContender implements Contender {
    private final Fixture fixture;
    private final ApacheHttpTransport transport;
    private final KeystoneSession session;
    private final GlanceClient client;

    /** @param fixture the fake; authenticates and warms the client up at once */
    public SdkContender(Fixture fixture) {
        this.fixture = fixture;
        this.transport = Fixture.sdkTransport();
        this.session = fixture.session("admin", transport);
        this.client = Fixture.client(session);
        client.images().get(fixture.seed().imageId());
    }

    @Override
    public String name() {
        return "glanceshare";
    }

    /**
     * @param fixture the fake
     * @param client a client someone else built (and closes); nothing is closed by {@link #close()} but what
     *     this contender made
     */
    SdkContender(Fixture fixture, GlanceClient client) {
        this.fixture = fixture;
        this.transport = null;
        this.session = null;
        this.client = client;
    }

    /** @return the shared client */
    public GlanceClient client() {
        return client;
    }

    @Override
    public Runnable worker(Op op, int thread) {
        String image = fixture.seed().imageId();
        MemberService members = client.images().members(image);
        String member = Members.memberOf(fixture);
        String project = Members.projectFor(thread);
        return switch (op) {
            case IMAGE_GET -> () -> client.images().get(image);
            case MEMBER_GET -> () -> members.get(member);
            case ADD_REMOVE -> () -> {
                members.add(project);
                members.remove(project);
            };
        };
    }

    @Override
    public void close() {
        if (session != null) {
            client.close();
            session.close();
            transport.close();
        }
    }
}
