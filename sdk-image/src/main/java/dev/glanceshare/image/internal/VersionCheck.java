package dev.glanceshare.image.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.http.HttpPipeline;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.json.JsonCodec;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glance version discovery ({@code GET /}, which answers 300 Multiple Choices): checks that the cloud
 * offers image API v2.5 or later, where {@code shared} visibility and today's member rules begin.
 */
public final class VersionCheck {
    private static final Pattern VERSION = Pattern.compile("v2\\.(\\d+)");
    private static final int MIN_MINOR = 5;

    private VersionCheck() {}

    /**
     * @param pipeline where to send the request
     * @param root the service root
     * @throws ConfigurationException when no v2.5+ version is CURRENT or SUPPORTED
     */
    public static void requireSharing(HttpPipeline pipeline, URI root) {
        HttpRequest request = HttpRequest.builder("GET", root).header("Accept", "application/json").build();
        List<String> offered = new ArrayList<>();
        try (HttpResponse response = pipeline.send(request)) {
            if (response.status() != 300 && response.status() != 200) {
                throw new ConfigurationException("Glance version discovery at " + root + " answered "
                        + response.status() + "; expected 300 with a version list");
            }
            JsonNode versions = JsonCodec.standard().readTree(response.readBody(1 << 20)).path("versions");
            for (JsonNode v : versions) {
                String id = v.path("id").asText("");
                String status = v.path("status").asText("");
                offered.add(id + " " + status);
                Matcher m = VERSION.matcher(id);
                if (m.matches() && Integer.parseInt(m.group(1)) >= MIN_MINOR
                        && (status.equals("CURRENT") || status.equals("SUPPORTED"))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new TransportException(TransportException.Kind.DECODE, "GET", root,
                    "Glance version list is not readable JSON: " + e.getMessage(), e);
        }
        throw new ConfigurationException("This cloud's Glance at " + root + " does not offer image API v2.5 or "
                + "later, which image sharing needs. It offers: " + (offered.isEmpty() ? "nothing" : offered));
    }
}
