package dev.glanceshare.testing;

import dev.glanceshare.core.http.Interceptor;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A fake with images owned by {@code alt}, and clients on it, for the bulk sharing tests. */
final class BulkFixture implements AutoCloseable {
    final FakeOpenStack fake;
    final DemoSeed demo;
    private final List<AutoCloseable> closing = new ArrayList<>();

    BulkFixture(FakeOpenStackBuilder builder) {
        this.fake = builder.journalCapacity(50_000).start();
        this.demo = fake.seed().demo();
    }

    static BulkFixture start() {
        return new BulkFixture(FakeOpenStack.builder());
    }

    GlanceClient client(String user, Interceptor... interceptors) {
        KeystoneSession session = SdkClientFactories.session(fake, user);
        GlanceClient.Builder b = GlanceClient.builder().session(session).closeWithClient(session);
        for (Interceptor i : interceptors) {
            b.addInterceptor(i);
        }
        GlanceClient client = b.build();
        closing.add(client);
        return client;
    }

    /** Shared images owned by alt, in order. */
    List<String> images(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fake.seed().image(String.format("bulk-%03d", i)).owner(demo.altProjectId()).create());
        }
        return ids;
    }

    /** Random project IDs in Keystone's 32-hex shape; Glance does not check that members exist. */
    static List<String> projects(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString().replace("-", ""));
        }
        return ids;
    }

    List<String> memberIds(String imageId) {
        return fake.members(imageId).stream().map(MemberSnapshot::memberId).collect(Collectors.toList());
    }

    /** Glance requests with this method whose path ends so, as the fake received them. */
    long requests(String method, String pathSuffix) {
        return fake.journal().requests(Service.IMAGE).stream()
                .filter(r -> r.method().equals(method) && r.rawPath().endsWith(pathSuffix)).count();
    }

    long imageRequests() {
        return fake.journal().requests(Service.IMAGE).size();
    }

    @Override
    public void close() {
        for (AutoCloseable c : closing) {
            try {
                c.close();
            } catch (Exception e) {
                // closing test clients; the fake's close below is what matters
            }
        }
        fake.close();
    }
}
