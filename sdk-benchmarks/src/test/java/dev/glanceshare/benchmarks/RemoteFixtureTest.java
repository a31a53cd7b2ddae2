package dev.glanceshare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fake in a child JVM: the contenders reach it exactly as the local one, raw still replays what the SDK
 * sent (checked on the child's journal), and closing the fixture ends the child.
 */
class RemoteFixtureTest {
    @Test
    void rawReplaysTheSdksRequestsOnTheChildsFakeAndCloseEndsTheChild() {
        ProcessHandle child;
        try (Fixture fixture = Fixture.startProcess(null);
                SdkContender sdk = new SdkContender(fixture);
                RawContender raw = new RawContender(fixture, sdk)) {
            child = fixture.process();
            assertThat(child.isAlive()).isTrue();
            assertThat(child.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(fixture.describe()).contains("separate JVM", "pid " + child.pid());
            assertThatThrownBy(fixture::fake).isInstanceOf(IllegalStateException.class);
            for (Op op : Op.values()) {
                List<RecordedRequest> sdkSent = raw.recorded(op);
                assertThat(sdkSent).as(op.name()).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.service()).isEqualTo(Service.IMAGE);
                    assertThat(r.status()).isLessThan(300);
                });
                fixture.clearJournal();
                raw.worker(op, 0).run();
                List<RecordedRequest> rawSent = fixture.requests();
                assertThat(rawSent).extracting(RecordedRequest::line)
                        .containsExactlyElementsOf(sdkSent.stream().map(RecordedRequest::line).toList());
                for (int i = 0; i < rawSent.size(); i++) {
                    assertThat(rawSent.get(i).headers()).isEqualTo(sdkSent.get(i).headers());
                    assertThat(rawSent.get(i).bodyText()).isEqualTo(sdkSent.get(i).bodyText());
                }
            }
            assertThat(fixture.cpuNanos()).isPositive();
        }
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void journalEntriesSurviveThePipe() {
        RecordedRequest r = new RecordedRequest(Service.IMAGE, "POST", "/v2/images/a%20b/members", "x=1&y=%2F",
                Map.of("Content-Type", List.of("application/json"), "X-Multi", List.of("1", "2")), 201,
                Instant.parse("2026-11-23T12:00:00.123456Z"), "{\"member\":\"é\"}\n\0".getBytes(StandardCharsets.UTF_8));
        String line = FakeProcess.encode(List.of(r));
        assertThat(line).doesNotContain("\n");
        assertThat(FakeProcess.decode(line)).containsExactly(r);
    }

    @Test
    void cpuListsAreReadAsTasksetWritesThem() {
        assertThat(Throughput.cpuSet("0-2,5")).containsExactly(0, 1, 2, 5);
        assertThat(Throughput.cpuSet(" 1 ")).containsExactly(1);
    }
}
