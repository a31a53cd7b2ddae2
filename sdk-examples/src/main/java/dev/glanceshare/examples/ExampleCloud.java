package dev.glanceshare.examples;

import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.core.trace.RequestTrace;
import dev.glanceshare.identity.CloudConfig;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an example runs: the cloud configured by {@code OS_*} variables or {@code OS_CLOUD}, or, when
 * none is, the bundled fake seeded like the seed workflow (image {@value DemoSeed#IMAGE_NAME} owned by
 * project {@code admin}; consumer project {@code demo}). Every request goes through one traced
 * transport, so an example can print how many requests it took and draw them.
 */
public final class ExampleCloud implements AutoCloseable {
    private final FakeOpenStack fake;
    private final DemoSeed seed;
    private final RequestTrace trace;
    private final HttpTransport transport;
    private final KeystoneSession ownerSession;
    private final KeystoneSession consumerSession;
    private final GlanceClient owner;
    private final GlanceClient consumer;
    private final PrintStream out;

    private ExampleCloud(FakeOpenStack fake, DemoSeed seed, RequestTrace trace, HttpTransport transport,
            KeystoneSession ownerSession, KeystoneSession consumerSession, PrintStream out) {
        this.fake = fake;
        this.seed = seed;
        this.trace = trace;
        this.transport = transport;
        this.ownerSession = ownerSession;
        this.consumerSession = consumerSession;
        this.owner = GlanceClient.builder().session(ownerSession).build();
        this.consumer = consumerSession == ownerSession ? owner : GlanceClient.builder().session(consumerSession).build();
        this.out = out;
    }

    /**
     * @param out where the example prints
     * @return the configured cloud, or the bundled fake when no {@code OS_AUTH_URL} or {@code OS_CLOUD} is set
     */
    public static ExampleCloud open(PrintStream out) {
        return open(System.getenv(), out);
    }

    static ExampleCloud open(Map<String, String> environment, PrintStream out) {
        if (environment.containsKey("OS_CLOUD") || environment.containsKey("OS_AUTH_URL")) {
            return configured(environment, out);
        }
        return fake(out);
    }

    /**
     * @param out where the example prints
     * @return a fresh bundled fake with the demo seed; the owner is {@code admin}, the consumer {@code demo}
     */
    public static ExampleCloud fake(PrintStream out) {
        FakeOpenStack fake = FakeOpenStack.builder().start();
        DemoSeed seed = fake.seed().demo();
        RequestTrace trace = RequestTrace.create()
                .participant(fake.identityUrl().replaceFirst("/v3$", ""), "keystone")
                .participant(fake.imageUrl(), "glance");
        HttpTransport transport = trace.wrap(ApacheHttpTransport.create());
        out.println("No OS_AUTH_URL or OS_CLOUD set: running against the bundled fake Keystone + Glance at "
                + fake.imageUrl() + " (owner project admin, consumer project demo).");
        return new ExampleCloud(fake, seed, trace, transport, fakeSession(fake, "admin", transport),
                fakeSession(fake, "demo", transport), out);
    }

    private static KeystoneSession fakeSession(FakeOpenStack fake, String user, HttpTransport transport) {
        return KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN))
                .transport(transport)
                .build();
    }

    private static ExampleCloud configured(Map<String, String> environment, PrintStream out) {
        CloudConfig config = CloudConfig.loader().environment(environment).load();
        // Keystone by its URL: an auth URL without /v3 is discovered with GET /, which no path rule can tell
        // from a Glance request
        RequestTrace trace = RequestTrace.create()
                .participant(config.authUrl().replaceAll("/+$", "").replaceFirst("/v3$", ""), "keystone");
        // the cloud's CA file or insecure flag go to the traced transport, which the session then borrows
        HttpTransport transport = trace.wrap(ApacheHttpTransport.create(TransportOptions.builder()
                .caCertificate(config.caCertificate().orElse(null)).insecure(config.insecure()).build()));
        KeystoneSession session = config.toSessionBuilder().transportOptions(null).transport(transport).build();
        out.println("Using the configured cloud at " + config.authUrl() + config.tokenStore()
                .map(store -> ", tokens kept in " + store + " (GLANCESHARE_TOKEN_CACHE / token_cache)").orElse("") + ".");
        return new ExampleCloud(null, null, trace, transport, session, session, out);
    }

    /** @return whether this is the bundled fake */
    public boolean isFake() {
        return fake != null;
    }

    /** @return the demo seed's IDs, when running on the fake */
    public Optional<DemoSeed> seed() {
        return Optional.ofNullable(seed);
    }

    /** @return the image owner's client ({@code admin} on the fake) */
    public GlanceClient owner() {
        return owner;
    }

    /** @return the consumer's client ({@code demo} on the fake; the same as the owner's on a real cloud) */
    public GlanceClient consumer() {
        return consumer;
    }

    /** @return the consumer's project ID */
    public String consumerProjectId() {
        return consumerSession.projectId().orElseThrow(() -> new IllegalStateException("session has no project"));
    }

    /**
     * @param nameOrId a project name or ID
     * @return its ID: an ID as it is, with no request; a name resolved by the owner's session, through
     *     Keystone as the owner or the configured lookup credential or directory (never the input itself
     *     when the lookup fails)
     * @throws dev.glanceshare.identity.ProjectLookupRefusedException when Keystone refuses an ordinary owner's
     *     lookup; its message says what to configure
     */
    public String resolveProject(String nameOrId) {
        return ownerSession.resolveProjectId(nameOrId);
    }

    /** @return the trace of every request sent so far */
    public RequestTrace trace() {
        return trace;
    }

    /** @return where the example prints */
    public PrintStream out() {
        return out;
    }

    /**
     * On the fake, shares an image with the consumer before the example's own work, so examples for the
     * consumer side have something to act on; then forgets those requests. Does nothing on a real cloud.
     *
     * @param image the image name or ID
     */
    public void prepareShareOnFake(String image) {
        if (!isFake()) {
            return;
        }
        String id = owner.images().find(image).id();
        owner.images().members(id).add(seed.demoProjectId(), MemberAddOptions.strict().ignoreExisting().makeShared());
        out.println("(setup on the fake: admin shared " + image + " with demo)");
        trace.clear();
    }

    /**
     * On the fake, seeds shared images owned by the owner ({@code admin}), so bulk examples have work;
     * forgets those requests. Returns nothing on a real cloud.
     *
     * @param prefix the image names' prefix
     * @param count how many
     * @return their IDs, or an empty list on a real cloud
     */
    public List<String> seedImagesOnFake(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; isFake() && i <= count; i++) {
            ids.add(fake.seed().image(String.format("%s-%02d", prefix, i)).owner(seed.adminProjectId())
                    .visibility("shared").create());
        }
        return ids;
    }

    /**
     * On the fake, seeds Keystone projects, so bulk examples have tenants to share with.
     *
     * @param prefix the project names' prefix
     * @param count how many
     * @return their IDs, or an empty list on a real cloud
     */
    public List<String> seedProjectsOnFake(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; isFake() && i <= count; i++) {
            ids.add(fake.seed().project(String.format("%s-%02d", prefix, i)));
        }
        return ids;
    }

    /** Prints how many requests the example sent, and to whom. */
    public void printRequestSummary() {
        long keystone = trace.exchanges().stream().filter(e -> e.participant().equals("keystone")).count();
        out.println(trace.count() + (trace.count() == 1 ? " HTTP request (" : " HTTP requests (") + keystone
                + " to Keystone, " + (trace.count() - keystone) + " to Glance).");
    }

    /**
     * Writes the trace as Markdown with a Mermaid sequence diagram.
     *
     * @param file where to write
     * @param title the heading
     */
    public void writeTrace(Path file, String title) {
        String md = "# " + title + "\n\n" + trace.count() + " requests, recorded by glanceshare's RequestTrace "
                + "(tokens and passwords redacted).\n\n```mermaid\n" + trace.toMermaid() + "```\n";
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        out.println("Sequence diagram of this run: " + file);
    }

    @Override
    public void close() {
        if (consumer != owner) {
            consumer.close();
        }
        owner.close();
        if (consumerSession != ownerSession) {
            consumerSession.close();
        }
        ownerSession.close();
        transport.close();
        if (fake != null) {
            fake.close();
        }
    }
}
