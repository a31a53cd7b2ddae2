package dev.glanceshare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glanceshare.testing.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every contender can run every task on several threads, and raw replays exactly what the SDK sent. */
class ContendersTest {
    @Test
    void everyContenderRunsEveryTaskAndRawReplaysTheSdksRequests() throws InterruptedException {
        try (Fixture fixture = Fixture.start();
                SdkContender sdk = new SdkContender(fixture);
                RawContender raw = new RawContender(fixture, sdk);
                Os4jContender os4j = new Os4jContender(fixture)) {
            for (Contender c : List.of(raw, sdk, os4j)) {
                for (Op op : Op.values()) {
                    assertThat(Throughput.measure(c, op, 2, 50)).as(c.name() + " " + op).isPositive();
                }
            }
            for (Op op : Op.values()) {
                List<RecordedRequest> sdkSent = raw.recorded(op);
                fixture.fake().journal().clear();
                raw.worker(op, 0).run();
                List<RecordedRequest> rawSent = fixture.fake().journal().requests();
                assertThat(rawSent).extracting(RecordedRequest::line)
                        .containsExactlyElementsOf(sdkSent.stream().map(RecordedRequest::line).toList());
                for (int i = 0; i < rawSent.size(); i++) {
                    assertThat(rawSent.get(i).headers()).isEqualTo(sdkSent.get(i).headers());
                    assertThat(rawSent.get(i).bodyText()).isEqualTo(sdkSent.get(i).bodyText());
                }
            }
        }
    }

    @Test
    void chartHasOneLinePerContenderInEachPanel() {
        List<Throughput.Cell> cells = List.of(
                new Throughput.Cell(Op.IMAGE_GET, 1, Map.of("a", 10.0, "b", 5.0)),
                new Throughput.Cell(Op.IMAGE_GET, 8, Map.of("a", 20.0, "b", 9.0)));
        String svg = Chart.svg(cells, "t <1>");
        assertThat(svg).startsWith("<svg").endsWith("</svg>\n").contains("t &lt;1&gt;");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }
}
