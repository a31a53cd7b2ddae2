package dev.glanceshare.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load, printed next to every figure (2 cores, shared with other builds). */
final class Load {
    private Load() {}

    /** @return "load 1.23 0.98 0.75 on N cores", from /proc/loadavg where present */
    static String uptime() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + avg[0] + " " + avg[1] + " " + avg[2] + " on " + cores + " cores";
        } catch (IOException | RuntimeException e) {
            return "load unknown on " + cores + " cores";
        }
    }
}
