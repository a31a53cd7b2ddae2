package dev.glanceshare.testing;

import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * The {@link ParameterFactory}s that inject ready SDK objects: a {@link KeystoneSession} and a
 * {@link GlanceClient} for the user named by {@link FakeUser} ({@code admin} by default). JUnit closes them
 * when the test ends, on every supported Jupiter version. Listed in {@code META-INF/services}, so the extension finds them on its own.
 */
public final class SdkClientFactories {
    private SdkClientFactories() {}

    static String user(ParameterContext parameter) {
        return parameter.findAnnotation(FakeUser.class).map(FakeUser::value).orElse("admin");
    }

    static KeystoneSession session(FakeOpenStack fake, String user) {
        return KeystoneSession.builder()
                .authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN))
                .build();
    }

    /** Injects a {@link KeystoneSession} authenticated (lazily) as the chosen demo-seed user. */
    public static final class Sessions implements ParameterFactory<KeystoneSession> {
        /** Made by the service loader. */
        public Sessions() {}

        @Override
        public Class<KeystoneSession> type() {
            return KeystoneSession.class;
        }

        @Override
        public KeystoneSession create(FakeOpenStack fake, ParameterContext parameter, ExtensionContext context) {
            KeystoneSession session = session(fake, user(parameter));
            ParameterFactory.closeWhenDone(context, session);
            return session;
        }
    }

    /** Injects a {@link GlanceClient} on its own session for the chosen demo-seed user. */
    public static final class Clients implements ParameterFactory<GlanceClient> {
        /** Made by the service loader. */
        public Clients() {}

        @Override
        public Class<GlanceClient> type() {
            return GlanceClient.class;
        }

        @Override
        public GlanceClient create(FakeOpenStack fake, ParameterContext parameter, ExtensionContext context) {
            KeystoneSession session = session(fake, user(parameter));
            GlanceClient client = GlanceClient.builder().session(session).closeWithClient(session).build();
            ParameterFactory.closeWhenDone(context, client);
            return client;
        }
    }
}
