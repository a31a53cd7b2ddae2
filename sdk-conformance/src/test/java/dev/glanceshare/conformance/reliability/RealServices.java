package dev.glanceshare.conformance.reliability;

import dev.glanceshare.conformance.RealCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Keystone and Glance of {@code conformance/real-openstack.sh}, and the faults injected into their
 * processes, all through {@code conformance/faults.sh}: signals go only to the pids that script's pid files
 * name (and their workers), and a restart is {@code real-openstack.sh up}.
 */
final class RealServices {
    /** The two services. */
    enum Service {
        KEYSTONE, GLANCE;

        String script() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Path script;
    private final Path stateDir;
    private volatile boolean faulted;

    RealServices(RealCredentials credentials) {
        this.stateDir = credentials.file().getParent();
        this.script = Path.of(System.getProperty("glanceshare.faults.script", "../conformance/faults.sh"))
                .toAbsolutePath().normalize();
    }

    /** @return whether this harness has signalled a service (and so may have left it down) */
    boolean faulted() {
        return faulted;
    }

    /** Sends KILL, TERM, STOP or CONT to the service's processes. */
    void signal(Service service, String signal) {
        faulted = true;
        run(Duration.ofSeconds(30), "signal", service.script(), signal);
    }

    /** Waits until none of the service's processes is left. */
    void waitGone(Service service) {
        run(Duration.ofSeconds(40), "wait-gone", service.script());
    }

    /**
     * Starts whatever is not running (real-openstack.sh up) and waits until both answer.
     *
     * @return how long it took
     */
    Duration restart() {
        long t0 = System.nanoTime();
        run(Duration.ofMinutes(4), "restart");
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** @return {@link #restart()} in the background */
    java.util.concurrent.CompletableFuture<Duration> restartInBackground() {
        return java.util.concurrent.CompletableFuture.supplyAsync(this::restart);
    }

    /**
     * Polls Glance's version document on 127.0.0.1 (with the JDK's client, outside the SDK) until it answers.
     *
     * @return {@link System#nanoTime()} when it first answered
     */
    long awaitGlanceAnswering(Duration max) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1)).proxy(java.net.http.HttpClient.Builder.NO_PROXY).build();
        java.net.http.HttpRequest versions = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:9292/versions")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int status = http.send(versions, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 300) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Glance did not answer within " + max);
    }

    /** Mounts a tmpfs of this size ({@code 2m}) over Glance's file store. */
    void tmpfsOn(String size) {
        run(Duration.ofSeconds(30), "tmpfs-on", size);
    }

    /** Unmounts it. */
    void tmpfsOff() {
        run(Duration.ofSeconds(30), "tmpfs-off");
    }

    /**
     * Mounts a small tmpfs for a token store, read-only or full.
     *
     * @param mode {@code ro} or {@code full}
     * @return the token store's directory on it
     */
    Path tokenFsOn(String mode) {
        run(Duration.ofSeconds(30), "tokenfs-on", mode);
        return stateDir.resolve("tokenfs").resolve("store");
    }

    /** Unmounts it. */
    void tokenFsOff() {
        run(Duration.ofSeconds(30), "tokenfs-off");
    }

    private String run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("REAL_OPENSTACK_STATE_DIR", stateDir.toString());
        try {
            Process p = pb.start();
            // The output is small (a few log lines) and read after the exit, so the pipe cannot fill up.
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", args) + " did not finish within " + timeout);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.print(out.lines().map(l -> "  | " + l + "\n").reduce("", String::concat));
            if (p.exitValue() != 0) {
                throw new IllegalStateException("faults.sh " + String.join(" ", args) + " exited " + p.exitValue()
                        + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
