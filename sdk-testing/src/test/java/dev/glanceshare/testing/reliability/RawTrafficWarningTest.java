package dev.glanceshare.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glanceshare.core.http.ApacheHttpTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With every logger at DEBUG, HttpClient's raw-traffic loggers print tokens and passwords as sent; the SDK
 * cannot switch them off through any public API, so building a transport says so, once per transport, naming
 * both loggers and the setting that silences them (docs/configuration.md, "Logging").
 *
 * <p>Run by the {@code raw-traffic-warning} execution in this module's POM, which sets every logger to DEBUG
 * into a file; skipped in the ordinary run.
 */
class RawTrafficWarningTest {
    @Test
    void buildingATransportWhileHttpClientLogsRawTrafficWarnsOnce() throws IOException {
        String logFile = System.getProperty("glanceshare.raw-traffic.log");
        assumeTrue(logFile != null, "run by the raw-traffic-warning execution");
        assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled()).isTrue();

        ApacheHttpTransport.create().close();
        ApacheHttpTransport.create().close();

        List<String> warnings = Files.readAllLines(Path.of(logFile), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("WARN") && line.contains(ApacheHttpTransport.class.getName()))
                .collect(Collectors.toList());
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0))
                .contains("org.apache.hc.client5.http.headers and org.apache.hc.client5.http.wire are at DEBUG")
                .contains("X-Auth-Token")
                .contains("Set both to INFO");
    }
}
