package dev.glanceshare.conformance.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.identity.FileTokenStore;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.bulk.BulkProgress;
import dev.glanceshare.image.bulk.BulkResult;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cases 8 and 9 against the real services: Glance's store full during an upload, and the token store's
 * file system read-only or full; {@link RealFaultCases} says how to run them.
 */
@Tag("real-faults")
@EnabledIfSystemProperty(named = "glanceshare.faults", matches = ".+")
@TestMethodOrder(MethodOrderer.MethodName.class)
class StorageFaultsTest extends RealFaultCases {
    private static final int MIB = 1 << 20;

    private static String create(CaseRun run, ImageService images, String suffix) {
        return run.call("create", () -> images.create(ImageCreate.builder().name(run.workload.runName() + suffix)
                .diskFormat("raw").containerFormat("bare").build()).id());
    }

    private static void upload(CaseRun run, ImageService images, String id, int bytes) {
        byte[] data = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(data);
        run.call("upload", () -> {
            images.upload(id, new ByteArrayInputStream(data), data.length, n -> { });
            return null;
        });
    }

    @Test
    void case8GlanceStoreFullDuringAnUpload() throws Exception {
        only("8");
        Duration timeout = Duration.ofSeconds(30);
        try (CaseRun run = new CaseRun("8", credentials, cast, size, options(timeout), Clock.systemUTC())) {
            CompletableFuture<BulkResult> sharing = CompletableFuture.supplyAsync(
                    () -> run.share("share-1", BulkProgress.NONE));
            ImageService images = run.workload.glance.images();
            services.tmpfsOn("4m");
            try {
                String fits = create(run, images, "-fits");
                String tooLarge = create(run, images, "-too-large");
                upload(run, images, fits, MIB);
                try {
                    upload(run, images, tooLarge, 8 * MIB);
                    throw new AssertionError("an 8 MiB upload into a 4 MiB store succeeded");
                } catch (OpenStackException e) {
                    run.note("8 MiB upload into the 4 MiB store: " + Failures.kind(e) + ": " + e.getMessage());
                }
                for (int i = 0; i < 5; i++) {
                    Image a = images.get(fits);
                    Image b = images.get(tooLarge);
                    run.note(String.format("after %d s: 1 MiB image %s size %s; 8 MiB image %s size %s", i,
                            a.status(), a.size(), b.status(), b.size()));
                    assertThat(a.status()).isEqualTo(ImageStatus.ACTIVE);
                    assertThat(a.size()).hasValue(MIB);
                    assertThat(b.status()).as("no image active with partial data").isNotEqualTo(ImageStatus.ACTIVE);
                    TimeUnit.SECONDS.sleep(1);
                }
                images.delete(fits); // its data is on the tmpfs
                images.delete(tooLarge);
            } finally {
                services.tmpfsOff();
            }
            run.note("first bulk run (during the uploads): " + sharing.get(10, TimeUnit.MINUTES).counts());
            converge(run, callBound(timeout).plusSeconds(5));
        }
    }

    @Test
    void case9TokenStoreReadOnlyOrFull() throws Exception {
        only("9");
        Duration timeout = Duration.ofSeconds(10);
        for (String mode : List.of("ro", "full")) {
            Path dir = services.tokenFsOn(mode);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream err = System.err;
            System.setErr(new PrintStream(new Tee(err, log), true, StandardCharsets.UTF_8));
            try (CaseRun run = new CaseRun("9-" + mode, credentials, cast, size, options(timeout),
                    b -> b.tokenStore(FileTokenStore.in(dir)))) {
                for (int i = 0; i < 3; i++) {
                    run.call("renew", () -> run.workload.owner.reauthenticate(run.workload.owner.token()));
                }
                run.share("share-1", BulkProgress.NONE);
                long warnings = log.toString(StandardCharsets.UTF_8).lines()
                        .filter(l -> l.contains("WARN") && l.contains("token cache")).count();
                run.note("token store " + (mode.equals("ro") ? "read-only" : "full") + ": 4 tokens obtained, "
                        + warnings + " warnings about the token cache");
                assertThat(warnings).as("one warning, not one per write").isEqualTo(1);
                converge(run, callBound(timeout).plusSeconds(5));
                try (Stream<Path> files = Files.list(dir);
                        KeystoneSession next = KeystoneSession.builder().authUrl(credentials.get("REAL_AUTH_URL"))
                                .credentials(dev.glanceshare.identity.Credentials.password()
                                        .userName(credentials.get("REAL_DEMO_USERNAME")).userDomainName("Default")
                                        .password(credentials.get("REAL_DEMO_PASSWORD")).build())
                                .tokenStore(FileTokenStore.in(dir)).build()) {
                    run.note("left in the store: " + files.map(p -> p.getFileName().toString()).toList()
                            + "; the next process authenticates: " + (next.authenticate() != null));
                }
            } finally {
                System.setErr(err);
                services.tokenFsOff();
            }
        }
    }

    /** Writes to both streams. */
    private static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
