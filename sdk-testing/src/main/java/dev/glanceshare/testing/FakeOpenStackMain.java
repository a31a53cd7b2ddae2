package dev.glanceshare.testing;

import dev.glanceshare.testing.internal.CloudsYaml;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeOpenStack} until the process is stopped, seeded with the demo cloud or a seed file,
 * and prints the {@code OS_*} variables that point the {@code openstack} CLI, or any other client, at it.
 *
 * <pre>
 * java -jar sdk-testing-&lt;version&gt;-standalone.jar --seed cloud.json --clouds-yaml clouds.yaml
 * # fake OpenStack: Keystone http://127.0.0.1:5000/v3, Glance http://127.0.0.1:9292
 * # credentials of user admin (project admin, roles [admin]); others: demo, alt, other (--user NAME)
 * export OS_AUTH_URL=http://127.0.0.1:5000/v3
 * ...
 * </pre>
 *
 * <p>Options: {@code --port} (Keystone, default 5000), {@code --glance-port} (default 9292), both 0 for a
 * random port; {@code --region} (default RegionOne); {@code --image-prefix} (e.g. {@code /image}, default
 * none); {@code --seed FILE} (a {@link SeedFile}; default: the demo seed, users admin, demo, alt and
 * other with password {@code <user>-secret}); {@code --user NAME} picks whose credentials are printed
 * (default: the first user, admin in the demo seed, who sees the seeded image); {@code --clouds-yaml FILE}
 * also writes a {@code clouds.yaml} with one cloud {@code fake-<user>} per user. SIGTERM or Ctrl-C stops
 * it and it exits with status 0.
 */
public final class FakeOpenStackMain {
    private static final String USAGE = "usage: java -jar sdk-testing-standalone.jar [--port 5000] [--glance-port 9292]"
            + " [--region RegionOne] [--image-prefix /image] [--seed FILE.json] [--user NAME]"
            + " [--clouds-yaml FILE]";

    private FakeOpenStackMain() {
    }

    /**
     * Starts the fake, prints the variables, and blocks until the process is told to stop.
     *
     * @param args the options above
     * @throws InterruptedException never in practice: the main thread waits until the JVM exits
     */
    public static void main(String[] args) throws InterruptedException {
        FakeOpenStack fake;
        try {
            fake = start(args, System.out);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            System.err.println("# fake OpenStack stopped");
            stopped.countDown();
            // Only a signal ends this process (SIGTERM, Ctrl-C), and that is its normal end: exit 0, not the
            // JVM's 143 or 130, so that a script or service manager stopping it sees a clean exit.
            Runtime.getRuntime().halt(0);
        }, "fake-openstack-shutdown"));
        stopped.await();
    }

    /**
     * Parses the options, starts the fake with its seed and prints the {@code export} lines (and writes the
     * clouds.yaml when asked). Does not block; the caller closes the returned fake.
     *
     * @param args the options
     * @param out where to print
     * @return the running fake
     * @throws IllegalArgumentException for an unknown option, a bad value or a bad seed file
     * @throws UncheckedIOException when the seed file cannot be read or clouds.yaml cannot be written
     */
    public static FakeOpenStack start(String[] args, PrintStream out) {
        FakeOpenStackBuilder builder = FakeOpenStack.builder().identityPort(5000).imagePort(9292);
        String user = null;
        SeedFile seedFile = null;
        Path cloudsYaml = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("Runs a fake Keystone + Glance on 127.0.0.1.");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.identityPort(port(value));
                case "--glance-port" -> builder.imagePort(port(value));
                case "--region" -> builder.region(value);
                case "--image-prefix" -> builder.imagePathPrefix(value);
                case "--user" -> user = value;
                case "--seed" -> seedFile = SeedFile.read(Path.of(value));
                case "--clouds-yaml" -> cloudsYaml = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        FakeOpenStack fake = builder.start();
        try {
            List<SeedFile.User> users = seedFile == null ? demo(fake.seed()) : seedFile.applyTo(fake.seed());
            SeedFile.User chosen = choose(users, user);
            print(fake, users, chosen, out);
            if (cloudsYaml != null) {
                CloudsYaml.write(cloudsYaml, fake.identityUrl(), fake.region(), users);
                out.println("# clouds.yaml: " + cloudsYaml + " (clouds " + String.join(", ",
                        users.stream().map(u -> "fake-" + u.name()).toList()) + "); use OS_CLOUD=fake-<user>");
            }
            out.flush();
            return fake;
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    private static List<SeedFile.User> demo(FakeSeeder seeder) {
        seeder.demo();
        List<SeedFile.User> users = new ArrayList<>();
        for (String name : DemoSeed.USERS) {
            users.add(new SeedFile.User(name, DemoSeed.password(name), name,
                    List.of(name.equals("admin") ? "admin" : "member")));
        }
        return users;
    }

    private static SeedFile.User choose(List<SeedFile.User> users, String name) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the seed has no users: nothing could log in");
        }
        if (name == null) {
            return users.get(0);
        }
        return users.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("--user " + name + ": no such user; the seed has "
                        + users.stream().map(SeedFile.User::name).toList()));
    }

    private static void print(FakeOpenStack fake, List<SeedFile.User> users, SeedFile.User chosen, PrintStream out) {
        List<String> others = users.stream().map(SeedFile.User::name).filter(n -> !n.equals(chosen.name())).toList();
        out.println("# fake OpenStack: Keystone " + fake.identityUrl() + ", Glance " + fake.imageUrl()
                + ", region " + fake.region() + ". Stop it with Ctrl-C or SIGTERM.");
        out.println("# credentials of user " + chosen.name() + " (project " + chosen.project() + ", roles "
                + chosen.roles() + ")" + (others.isEmpty() ? "" : "; other users: " + String.join(", ", others)
                + " (--user NAME)"));
        if (listsNoImage(fake, chosen.project())) {
            out.println("# " + chosen.name() + "'s image list is empty until an image is shared with project "
                    + chosen.project() + " and accepted: as an owner, openstack image add project IMAGE "
                    + chosen.project() + "; then as " + chosen.name() + ", openstack image set --accept IMAGE_ID");
        }
        out.println("export OS_AUTH_URL=" + fake.identityUrl());
        out.println("export OS_USERNAME=" + chosen.name());
        out.println("export OS_PASSWORD=" + chosen.password());
        out.println("export OS_PROJECT_NAME=" + chosen.project());
        out.println("export OS_USER_DOMAIN_NAME=" + DemoSeed.DOMAIN);
        out.println("export OS_PROJECT_DOMAIN_NAME=" + DemoSeed.DOMAIN);
        out.println("export OS_REGION_NAME=" + fake.region());
        out.println("export OS_IDENTITY_API_VERSION=3");
        out.println("export OS_IMAGE_API_VERSION=2");
        out.println("export OS_INTERFACE=public");
    }

    /** Whether Glance's default image list shows the project nothing: it owns none, none is public, none accepted. */
    private static boolean listsNoImage(FakeOpenStack fake, String projectName) {
        String project = fake.seed().projectId(projectName);
        for (ImageSnapshot image : fake.images()) {
            if (image.owner().filter(project::equals).isPresent() || image.visibility().equals("public")) {
                return false;
            }
            for (MemberSnapshot member : image.members()) {
                if (member.memberId().equals(project) && member.status().equals("accepted")
                        && image.visibility().equals("shared")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }
}
