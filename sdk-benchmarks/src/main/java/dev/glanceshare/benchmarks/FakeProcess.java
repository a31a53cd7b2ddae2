package dev.glanceshare.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake of a {@link Fixture} in a JVM of its own, so that a throughput run does not share the client's
 * CPU with the server (see {@link Fixture#startProcess}). It starts the same fixture as {@link Fixture#start()},
 * prints {@code key=value} lines (the two URLs and the demo seed's IDs) then {@code ready}, and then answers one
 * line per command read from stdin:
 *
 * <pre>
 * clear                         -&gt; ok                  forget the journal
 * journal [IDENTITY|IMAGE]      -&gt; ok [{...}, ...]     the journal (one service, or all), as one JSON line
 * member IMAGE_ID PROJECT STATUS -&gt; ok                 seed a member, like fake().seed().member(...)
 * quit                          -&gt; ok                  stop the fake and exit
 * </pre>
 *
 * <p>A command that fails is answered {@code error <message>}. The process also exits when stdin closes, so
 * it never outlives a parent that died without saying {@code quit}.
 */
public final class FakeProcess {
    /** The line that ends the start-up lines. */
    static final String READY = "ready";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Wire>> WIRE_LIST = new TypeReference<>() {};

    private FakeProcess() {}

    /**
     * One journal entry as it crosses the pipe: {@link RecordedRequest} with the instant as ISO-8601 text and
     * the body as base64, so that it fits on one line and survives any bytes.
     */
    record Wire(String service, String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
            int status, String receivedAt, String body) {
        static Wire of(RecordedRequest r) {
            return new Wire(r.service().name(), r.method(), r.rawPath(), r.rawQuery(), new LinkedHashMap<>(r.headers()),
                    r.status(), r.receivedAt().toString(), Base64.getEncoder().encodeToString(r.body()));
        }

        RecordedRequest request() {
            return new RecordedRequest(Service.valueOf(service), method, rawPath, rawQuery, headers, status,
                    Instant.parse(receivedAt), Base64.getDecoder().decode(body));
        }
    }

    /**
     * @param requests journal entries
     * @return them as one line of JSON
     */
    static String encode(List<RecordedRequest> requests) {
        try {
            return JSON.writeValueAsString(requests.stream().map(Wire::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param json a line made by {@link #encode}
     * @return the entries, equal to the ones encoded
     */
    static List<RecordedRequest> decode(String json) {
        try {
            return JSON.readValue(json, WIRE_LIST).stream().map(Wire::request).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad journal from the fake process: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the fixture and serves the commands until {@code quit} or the end of stdin.
     *
     * @param args none
     * @throws IOException when stdin cannot be read
     */
    public static void main(String[] args) throws IOException {
        // stdout is the protocol: anything else the JVM or a library prints there would break it, so it goes to
        // stderr (which the parent passes through) and only this stream writes to the real stdout
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        int status = 0;
        try (Fixture fixture = Fixture.start()) {
            DemoSeed seed = fixture.seed();
            protocol.println("identityUrl=" + fixture.identityUrl());
            protocol.println("imageUrl=" + fixture.imageUrl());
            protocol.println("adminProjectId=" + seed.adminProjectId());
            protocol.println("demoProjectId=" + seed.demoProjectId());
            protocol.println("altProjectId=" + seed.altProjectId());
            protocol.println("adminUserId=" + seed.adminUserId());
            protocol.println("demoUserId=" + seed.demoUserId());
            protocol.println("altUserId=" + seed.altUserId());
            protocol.println("imageId=" + seed.imageId());
            protocol.println(READY);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split("\\s+");
                if (words[0].equals("quit")) {
                    protocol.println("ok");
                    break;
                }
                try {
                    protocol.println(answer(fixture, words));
                } catch (RuntimeException e) {
                    protocol.println("error " + String.valueOf(e.getMessage()).replace('\n', ' '));
                }
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // the fake's server threads are not all daemons; exiting here makes sure the process is gone once the
        // parent's close() returns
        System.exit(status);
    }

    private static String answer(Fixture fixture, String[] words) {
        return switch (words[0]) {
            case "clear" -> {
                fixture.clearJournal();
                yield "ok";
            }
            case "journal" -> "ok " + encode(words.length > 1
                    ? fixture.fake().journal().requests(Service.valueOf(words[1]))
                    : fixture.requests());
            case "member" -> {
                if (words.length != 4) {
                    throw new IllegalArgumentException("usage: member IMAGE_ID PROJECT_ID STATUS");
                }
                fixture.seedMember(words[1], words[2], words[3]);
                yield "ok";
            }
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
        };
    }
}
