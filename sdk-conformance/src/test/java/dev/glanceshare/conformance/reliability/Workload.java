package dev.glanceshare.conformance.reliability;

import dev.glanceshare.conformance.RealCredentials;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkProgress;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The realistic workload of one case: the owner ({@code demo}) shares its images with every project of
 * the {@link Cast} in bulk, the member user accepts in each project, and {@link Readers} read through the
 * owner's one client meanwhile. The owner's calls and reads share one session, one client and one pooled
 * {@link CountingTransport}; the member side has a transport of its own, shared by one session per project.
 */
final class Workload implements AutoCloseable {
    /** How big the workload is. */
    record Size(int images, int projects, int readers) {}

    static final java.time.Duration MEMBER_TIMEOUT = java.time.Duration.ofSeconds(30);

    private final RealCredentials credentials;
    private final List<String> projectIds;
    private final String runName;
    private final int imageCount;
    final CountingTransport ownerTransport;
    final CountingTransport memberTransport;
    final KeystoneSession owner;
    final GlanceClient glance;
    private final Map<String, GlanceClient> memberClients = new LinkedHashMap<>();
    private final List<KeystoneSession> memberSessions = new ArrayList<>();
    private final List<String> imageIds = new ArrayList<>();

    /**
     * @param credentials the real services
     * @param cast the projects
     * @param size how big
     * @param runName names the images ({@code <runName>-NN}), unique per case run
     * @param options the transports' options (timeouts)
     * @param ownerSession what a case changes in the owner's session (clock, auth URL, token store)
     */
    Workload(RealCredentials credentials, Cast cast, Size size, String runName, TransportOptions options,
            UnaryOperator<KeystoneSession.Builder> ownerSession) {
        this.credentials = credentials;
        this.projectIds = cast.projectIds().subList(0, size.projects());
        this.runName = runName;
        this.imageCount = size.images();
        this.ownerTransport = new CountingTransport(options);
        // The member side only accepts; its Keystone calls get room for a busy Keystone whatever the case's
        // owner-side timeout is (a token request is not resent after a timeout).
        this.memberTransport = new CountingTransport(TransportOptions.builder()
                .connectTimeout(options.connectTimeout()).responseTimeout(MEMBER_TIMEOUT).build());
        this.owner = ownerSession.apply(KeystoneSession.builder()
                .authUrl(credentials.get("REAL_AUTH_URL"))
                .credentials(Credentials.password().userName(credentials.get("REAL_DEMO_USERNAME"))
                        .userDomainName("Default").password(credentials.get("REAL_DEMO_PASSWORD")).build())
                .scope(Scope.projectId(ownerProject()))
                .transport(ownerTransport))
                .build();
        this.glance = GlanceClient.builder().session(owner).build();
    }

    String ownerProject() {
        return credentials.get("REAL_DEMO_PROJECT_ID");
    }

    List<String> projectIds() {
        return projectIds;
    }

    List<String> imageIds() {
        return List.copyOf(imageIds);
    }

    String runName() {
        return runName;
    }

    /** Creates the images (shared, no data): one POST each. */
    void createImages() {
        for (int i = 0; i < imageCount; i++) {
            imageIds.add(glance.images().create(ImageCreate.builder().name(String.format("%s-%02d", runName, i))
                    .visibility(Visibility.SHARED).diskFormat("raw").containerFormat("bare").build()).id());
        }
    }

    /** @return what the end state must be: every image shared with every project */
    Map<String, List<String>> intended() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        imageIds.forEach(id -> m.put(id, projectIds));
        return m;
    }

    /** Shares every image with every project, in bulk. */
    BulkResult share(BulkProgress progress) {
        return glance.bulk(BulkOptions.builder().progress(progress).build()).share(intended());
    }

    /**
     * The member user accepts every image in one project.
     *
     * @param project the project
     * @return the result
     * @throws dev.glanceshare.core.exception.OpenStackException when the session cannot authenticate
     */
    BulkResult accept(String project) {
        return memberClient(project).bulk().accept(imageIds);
    }

    private synchronized GlanceClient memberClient(String project) {
        return memberClients.computeIfAbsent(project, p -> {
            KeystoneSession s = KeystoneSession.builder()
                    .authUrl(credentials.get("REAL_AUTH_URL"))
                    .credentials(Credentials.password().userName(Cast.MEMBER_USER).userDomainName("Default")
                            .password(Cast.MEMBER_PASSWORD).build())
                    .scope(Scope.projectId(p))
                    .transport(memberTransport)
                    .build();
            memberSessions.add(s);
            return GlanceClient.builder().session(s).build();
        });
    }

    /** @return auth requests of both sides */
    long authRequests() {
        return ownerTransport.authRequests.sum() + memberTransport.authRequests.sum();
    }

    /** @return leased connections of both transports now */
    int leased() {
        return ownerTransport.leased() + memberTransport.leased();
    }

    @Override
    public void close() {
        memberClients.values().forEach(GlanceClient::close);
        memberSessions.forEach(KeystoneSession::close);
        glance.close();
        owner.close();
        ownerTransport.close();
        memberTransport.close();
    }
}
