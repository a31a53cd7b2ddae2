package dev.glanceshare.conformance;

import dev.glanceshare.identity.Credentials;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.FakeSeeder;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled fake, seeded like {@code real-openstack.sh} seeds the real services: projects and users
 * admin (role admin), demo, alt and other (role member), and an application credential of demo's.
 */
final class FakeTarget extends Target {
    private final FakeOpenStack fake;
    private final Map<User, String> projects = new EnumMap<>(User.class);
    private final Map<User, String> users = new EnumMap<>(User.class);
    private final String appCredentialId;
    private final String appCredentialSecret;
    private final String lookupUserId;

    FakeTarget() {
        this.fake = FakeOpenStack.builder().start();
        FakeSeeder seed = fake.seed();
        for (User u : User.values()) {
            projects.put(u, seed.project(u.userName()));
            users.put(u, seed.user(u.userName(), u.password()).defaultProject(u.userName())
                    .role(u.userName(), u == User.ADMIN ? "admin" : "member").create());
        }
        var credential = seed.applicationCredential("demo", "demo").name("glanceshare-conformance");
        this.appCredentialId = credential.create();
        this.appCredentialSecret = credential.secret();
        this.lookupUserId = seed.user("lookup", "lookup-secret").domainRole("reader").create();
    }

    @Override
    String name() {
        return "fake";
    }

    @Override
    URI authUrl() {
        return URI.create(fake.identityUrl());
    }

    @Override
    URI imageUrl() {
        return URI.create(fake.imageUrl());
    }

    @Override
    String projectId(User user) {
        return projects.get(user);
    }

    @Override
    String userId(User user) {
        return users.get(user);
    }

    @Override
    String appCredentialId() {
        return appCredentialId;
    }

    @Override
    String appCredentialSecret() {
        return appCredentialSecret;
    }

    @Override
    Credentials lookupCredentials() {
        return Credentials.password().userName("lookup").userDomainName("Default").password("lookup-secret").build();
    }

    @Override
    String lookupUserId() {
        return lookupUserId;
    }

    @Override
    boolean meets(Requirement requirement) {
        return true;
    }

    @Override
    public void close() {
        super.close();
        fake.close();
    }
}
