package dev.glanceshare.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes records and comparisons under {@code target/conformance/} (system property
 * {@code glanceshare.conformance.out}): {@code <target>/<scenario>.txt} with every step's outcome and
 * normalised exchanges, and the comparison's summary.
 */
final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {}

    static Path dir() {
        return Path.of(System.getProperty("glanceshare.conformance.out", "target/conformance"));
    }

    /** @return the file written */
    static Path write(ScenarioRecord record) {
        return write(Path.of(record.target(), record.scenario() + ".txt"), render(record));
    }

    static Path write(Path relative, String text) {
        Path file = dir().resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String render(ScenarioRecord record) {
        StringBuilder s = new StringBuilder("# " + record.scenario() + " on " + record.target() + "\n");
        record.violations().forEach(v -> s.append("! VIOLATION ").append(v).append('\n'));
        record.notes().forEach(n -> s.append("! note ").append(n).append('\n'));
        for (StepRecord step : record.steps()) {
            s.append("\n## ").append(step.name()).append(" (as ").append(step.actor()).append("): ")
                    .append(step.outcome()).append('\n');
            for (NormalExchange e : step.exchanges()) {
                s.append("  ").append(e.headline()).append('\n');
                e.headers().forEach((k, v) -> s.append("    < ").append(k).append(": ").append(v).append('\n'));
                body(s, "    > ", e.requestBody());
                body(s, "    < ", e.responseBody());
            }
        }
        return s.toString();
    }

    private static void body(StringBuilder s, String prefix, JsonNode body) {
        if (body.isMissingNode()) {
            return;
        }
        String text;
        try {
            text = body.isTextual() ? body.asText() : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            text = body.toString();
        }
        s.append(prefix).append(text.replace("\n", "\n" + prefix)).append('\n');
    }
}
