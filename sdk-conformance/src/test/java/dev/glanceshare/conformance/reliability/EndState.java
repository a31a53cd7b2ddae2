package dev.glanceshare.conformance.reliability;

import dev.glanceshare.conformance.RealCredentials;
import dev.glanceshare.core.http.ApacheHttpTransport;
import dev.glanceshare.core.http.TransportOptions;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Glance itself holds after a case, read with a separate clean client (its own transport and a new
 * session as the owner, nothing shared with the workload): per image, the members against the intended
 * set.
 *
 * @param images images checked
 * @param intended members intended (images × projects)
 * @param members member entries Glance lists
 * @param duplicates entries beyond the first for one project of one image
 * @param missing intended members Glance does not list
 * @param unexpected listed members not intended
 * @param notAccepted intended members whose status is not {@code accepted}
 * @param named images whose name starts with the run's name, per name (more than 1 is a duplicate create)
 */
record EndState(int images, int intended, int members, int duplicates, int missing, int unexpected,
        int notAccepted, Map<String, Integer> named) {

    /** @return images created twice under one name */
    int duplicateImages() {
        return (int) named.values().stream().filter(n -> n > 1).count();
    }

    String summary() {
        return String.format("images=%d intended=%d members=%d duplicates=%d missing=%d unexpected=%d notAccepted=%d"
                + " duplicateImages=%d", images, intended, members, duplicates, missing, unexpected, notAccepted,
                duplicateImages());
    }

    /** A clean owner client on its own transport. */
    static final class Reader implements AutoCloseable {
        private final ApacheHttpTransport transport = ApacheHttpTransport.create(TransportOptions.builder()
                .responseTimeout(Duration.ofSeconds(60)).build());
        private final KeystoneSession session;
        private final GlanceClient glance;
        private final String owner;

        Reader(RealCredentials credentials) {
            this.owner = credentials.get("REAL_DEMO_PROJECT_ID");
            this.session = KeystoneSession.builder()
                    .authUrl(credentials.get("REAL_AUTH_URL"))
                    .credentials(Credentials.password().userName(credentials.get("REAL_DEMO_USERNAME"))
                            .userDomainName("Default").password(credentials.get("REAL_DEMO_PASSWORD")).build())
                    .scope(Scope.projectId(owner))
                    .transport(transport)
                    .build();
            this.glance = GlanceClient.builder().session(session).build();
        }

        GlanceClient glance() {
            return glance;
        }

        /**
         * @param intended members per image
         * @param acceptedExpected whether every intended member must be accepted
         * @param runName the images' name prefix
         * @return the end state
         */
        EndState read(Map<String, List<String>> intended, boolean acceptedExpected, String runName) {
            int members = 0;
            int duplicates = 0;
            int missing = 0;
            int unexpected = 0;
            int notAccepted = 0;
            int total = 0;
            for (Map.Entry<String, List<String>> e : intended.entrySet()) {
                Set<String> want = new HashSet<>(e.getValue());
                total += want.size();
                Set<String> seen = new HashSet<>();
                for (Member m : glance.images().members(e.getKey()).list()) {
                    members++;
                    if (!seen.add(m.memberId())) {
                        duplicates++;
                    } else if (!want.contains(m.memberId())) {
                        unexpected++;
                    } else if (acceptedExpected && m.status() != MemberStatus.ACCEPTED) {
                        notAccepted++;
                    }
                }
                for (String p : want) {
                    if (!seen.contains(p)) {
                        missing++;
                    }
                }
            }
            return new EndState(intended.size(), total, members, duplicates, missing, unexpected, notAccepted,
                    named(runName));
        }

        /** @return the owner's images whose name starts with the prefix, counted per name */
        Map<String, Integer> named(String prefix) {
            Map<String, Integer> out = new HashMap<>();
            for (Image i : glance.images().list(ImageListOptions.builder().owner(owner).build())) {
                String name = i.name().orElse("");
                if (name.startsWith(prefix)) {
                    out.merge(name, 1, Integer::sum);
                }
            }
            return out;
        }

        /** Deletes the owner's images whose name starts with the prefix; one Glance cannot delete is skipped. */
        int deleteNamed(String prefix) {
            List<String> ids = new ArrayList<>();
            for (Image i : glance.images().list(ImageListOptions.builder().owner(owner).build())) {
                if (i.name().orElse("").startsWith(prefix)) {
                    ids.add(i.id());
                }
            }
            int deleted = 0;
            for (String id : ids) {
                try {
                    glance.images().delete(id);
                    deleted++;
                } catch (dev.glanceshare.core.exception.OpenStackException e) {
                    // real Glance answers 500 for an image whose member it holds twice (case 3, before the fix)
                    System.out.println("cannot delete image " + id + ": " + e.getMessage());
                }
            }
            return deleted;
        }

        @Override
        public void close() {
            glance.close();
            session.close();
            transport.close();
        }
    }
}
