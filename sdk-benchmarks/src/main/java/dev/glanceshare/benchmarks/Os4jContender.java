package dev.glanceshare.benchmarks;

import org.openstack4j.api.OSClient.OSClientV3;

/**
 * openstack4j 3.12: it authenticates once, and each thread needs its own {@code OSClientV3} made from
 * that token ({@code OSFactory.clientFromToken}), as openstack4j documents for multi-threaded use.
 */
public final class Os4jContender implements Contender {
    private final Fixture fixture;
    private final OSClientV3 authenticated;

    /** @param fixture the fake; authenticates at once */
    public Os4jContender(Fixture fixture) {
        this.fixture = fixture;
        this.authenticated = Os4j.authenticate(fixture, "admin");
        authenticated.imagesV2().get(fixture.seed().imageId());
    }

    @Override
    public String name() {
        return "openstack4j";
    }

    @Override
    public Runnable worker(Op op, int thread) {
        String image = fixture.seed().imageId();
        String member = Members.memberOf(fixture);
        String project = Members.projectFor(thread);
        // bound on the worker's own thread the first time it runs
        ThreadLocal<OSClientV3> os = ThreadLocal.withInitial(() -> Os4j.forThisThread(authenticated));
        return switch (op) {
            case IMAGE_GET -> () -> os.get().imagesV2().get(image);
            case MEMBER_GET -> () -> os.get().imagesV2().getMember(image, member);
            case ADD_REMOVE -> () -> {
                os.get().imagesV2().createMember(image, project);
                os.get().imagesV2().deleteMember(image, project);
            };
        };
    }

    @Override
    public void close() {
        // openstack4j clients hold no resources that can be closed
    }
}
