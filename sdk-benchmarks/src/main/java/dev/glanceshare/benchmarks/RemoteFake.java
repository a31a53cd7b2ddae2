package dev.glanceshare.benchmarks;

import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.RecordedRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The parent's end of a {@link FakeProcess}: launches it with this JVM's {@code java} and class path (under
 * {@code taskset -c CPUS} when asked), reads its start-up lines, and sends it the commands a {@link Fixture}
 * needs. Calls are serialized, as the pipe carries one command at a time.
 */
final class RemoteFake implements AutoCloseable {
    private final Process process;
    private final String cpus;
    private final PrintStream commands;
    private final BufferedReader answers;
    private final Map<String, String> started = new HashMap<>();

    private RemoteFake(Process process, String cpus) {
        this.process = process;
        this.cpus = cpus;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * @param cpus a {@code taskset -c} CPU list to pin the child to, or null to leave it unpinned
     * @return a child whose fake is up and seeded
     */
    static RemoteFake launch(String cpus) {
        String pinned = cpus == null || cpus.isBlank() ? null : cpus.trim();
        List<String> command = new ArrayList<>();
        if (pinned != null) {
            // taskset execs java, so the child's PID (and its CPU time) is the JVM's own
            command.addAll(List.of("taskset", "-c", pinned));
        }
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FakeProcess.class.getName()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        RemoteFake remote = new RemoteFake(process, pinned);
        try {
            remote.readStartUp();
        } catch (RuntimeException e) {
            remote.close();
            throw e;
        }
        return remote;
    }

    private void readStartUp() {
        for (String line = readLine(); !line.equals(FakeProcess.READY); line = readLine()) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("unexpected start-up line from the fake process: " + line);
            }
            started.put(line.substring(0, eq), line.substring(eq + 1));
        }
    }

    private String readLine() {
        try {
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException("the fake process ended (" + exitStatus() + ")");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String exitStatus() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? "exit " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String value(String key) {
        String v = started.get(key);
        if (v == null) {
            throw new IllegalStateException("the fake process did not print " + key);
        }
        return v;
    }

    /** @return the Keystone URL the child printed */
    String identityUrl() {
        return value("identityUrl");
    }

    /** @return the Glance URL the child printed */
    String imageUrl() {
        return value("imageUrl");
    }

    /** @return the demo seed's IDs the child printed */
    DemoSeed seed() {
        return new DemoSeed(value("adminProjectId"), value("demoProjectId"), value("altProjectId"),
                value("adminUserId"), value("demoUserId"), value("altUserId"), value("imageId"));
    }

    /**
     * @param command one command line of the protocol in {@link FakeProcess}
     * @return what followed {@code ok}, empty when nothing did
     */
    synchronized String send(String command) {
        commands.println(command);
        String answer = readLine();
        if (answer.equals("ok")) {
            return "";
        }
        if (answer.startsWith("ok ")) {
            return answer.substring(3);
        }
        throw new IllegalStateException("the fake process answered " + command + " with: " + answer);
    }

    /** Forgets the child's journal. */
    void clearJournal() {
        send("clear");
    }

    /** @return every request in the child's journal, oldest first */
    List<RecordedRequest> requests() {
        return FakeProcess.decode(send("journal"));
    }

    /**
     * @param imageId the image
     * @param memberId the member project
     * @param status its member status
     */
    void seedMember(String imageId, String memberId, String status) {
        send("member " + imageId + " " + memberId + " " + status);
    }

    /** @return the child (the JVM itself, also when started under taskset) */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** @return the {@code taskset -c} CPU list the child is pinned to, or null when it is not pinned */
    String cpus() {
        return cpus;
    }

    /** @return the CPU time the child has used so far, 0 where the OS does not tell */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public synchronized void close() {
        if (process.isAlive()) {
            // quit, then close stdin: either one makes the child stop its fake and exit
            commands.println("quit");
            commands.close();
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            answers.close();
        } catch (IOException e) {
            // the child is gone; nothing is left to read
        }
    }
}
