package dev.glanceshare.core.trace;

import java.util.ArrayList;
import java.util.List;

/** Draws exchanges as a Mermaid sequence diagram or as plain text. */
final class TraceRenderer {
    private static final List<String> USUAL = List.of("keystone", "glance");

    private TraceRenderer() {}

    static String mermaid(List<TracedExchange> exchanges) {
        StringBuilder s = new StringBuilder("sequenceDiagram\n    participant client\n");
        List<String> participants = new ArrayList<>(USUAL);
        RequestTrace.participantsOf(exchanges).forEach(p -> {
            if (!participants.contains(p)) {
                participants.add(p);
            }
        });
        participants.forEach(p -> s.append("    participant ").append(p).append('\n'));
        for (TracedExchange e : exchanges) {
            s.append("    client->>").append(e.participant()).append(": ").append(e.number()).append(". ")
                    .append(e.method()).append(' ').append(escape(e.pathAndQuery())).append('\n');
            s.append("    ").append(e.participant()).append("-->>client: ").append(outcome(e)).append('\n');
        }
        return s.toString();
    }

    static String text(List<TracedExchange> exchanges) {
        StringBuilder s = new StringBuilder();
        for (TracedExchange e : exchanges) {
            s.append(e).append('\n');
            e.requestHeaders().names().forEach(n -> e.requestHeaders().all(n)
                    .forEach(v -> s.append("    > ").append(n).append(": ").append(v).append('\n')));
            if (!e.requestBody().isEmpty()) {
                s.append("    > ").append(e.requestBody().replace("\n", "\n    > ")).append('\n');
            }
            e.responseHeaders().names().forEach(n -> e.responseHeaders().all(n)
                    .forEach(v -> s.append("    < ").append(n).append(": ").append(v).append('\n')));
            if (!e.responseBody().isEmpty()) {
                s.append("    < ").append(e.responseBody().replace("\n", "\n    < ")).append('\n');
            }
        }
        return s.toString();
    }

    private static String outcome(TracedExchange e) {
        return (e.status() == 0 ? e.failure().orElse("no response") : String.valueOf(e.status()))
                + " (" + e.duration().toMillis() + " ms)";
    }

    /** Mermaid ends a message at a line break and treats ';' and '#' specially. */
    private static String escape(String text) {
        return text.replace(";", "#59;").replace("\n", " ");
    }
}
