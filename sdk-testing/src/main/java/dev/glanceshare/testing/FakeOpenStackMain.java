package dev.glanceshare.testing;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeOpenStack} with the demo seed until the process is killed, and prints the
 * {@code OS_*} variables that point the {@code openstack} CLI, or any other client, at it.
 *
 * <pre>
 * java -cp ... dev.glanceshare.testing.FakeOpenStackMain --port 5000 --glance-port 9292
 * export OS_AUTH_URL=http://127.0.0.1:5000/v3
 * ...
 * </pre>
 *
 * <p>Options: {@code --port} (Keystone, default 5000), {@code --glance-port} (default 9292), both 0 for a
 * random port; {@code --region} (default RegionOne); {@code --image-prefix} (e.g. {@code /image}, default
 * none); {@code --user} ({@code admin}, {@code demo} or {@code alt}, default demo) picks whose credentials
 * are printed.
 */
public final class FakeOpenStackMain {
    private FakeOpenStackMain() {
    }

    /**
     * Starts the fake, prints the variables, and blocks until the JVM is stopped.
     *
     * @param args the options above
     * @throws InterruptedException never in practice: the main thread waits until the JVM exits
     */
    public static void main(String[] args) throws InterruptedException {
        FakeOpenStack fake;
        try {
            fake = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: FakeOpenStackMain [--port 5000] [--glance-port 9292] [--region RegionOne]"
                    + " [--image-prefix /image] [--user demo|alt|admin]");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "fake-openstack-shutdown"));
        stopped.await();
    }

    /**
     * Parses the options, starts the fake with the demo seed and prints the {@code export} lines. Does not
     * block; the caller closes the returned fake.
     *
     * @param args the options
     * @param out where to print
     * @return the running fake
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    public static FakeOpenStack start(String[] args, PrintStream out) {
        FakeOpenStackBuilder builder = FakeOpenStack.builder().identityPort(5000).imagePort(9292);
        String user = "demo";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.identityPort(port(value));
                case "--glance-port" -> builder.imagePort(port(value));
                case "--region" -> builder.region(value);
                case "--image-prefix" -> builder.imagePathPrefix(value);
                case "--user" -> {
                    if (!value.equals("demo") && !value.equals("alt") && !value.equals("admin")) {
                        throw new IllegalArgumentException("--user must be admin, demo or alt");
                    }
                    user = value;
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        FakeOpenStack fake = builder.withDemoSeed().start();
        out.println("# fake OpenStack: Keystone " + fake.identityUrl() + ", Glance " + fake.imageUrl()
                + " (users admin, demo, alt; password <user>-secret). Stop it with Ctrl-C.");
        out.println("export OS_AUTH_URL=" + fake.identityUrl());
        out.println("export OS_USERNAME=" + user);
        out.println("export OS_PASSWORD=" + DemoSeed.password(user));
        out.println("export OS_PROJECT_NAME=" + user);
        out.println("export OS_USER_DOMAIN_NAME=" + DemoSeed.DOMAIN);
        out.println("export OS_PROJECT_DOMAIN_NAME=" + DemoSeed.DOMAIN);
        out.println("export OS_REGION_NAME=" + fake.region());
        out.println("export OS_IDENTITY_API_VERSION=3");
        out.println("export OS_IMAGE_API_VERSION=2");
        out.println("export OS_INTERFACE=public");
        out.flush();
        return fake;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + value);
        }
    }
}
