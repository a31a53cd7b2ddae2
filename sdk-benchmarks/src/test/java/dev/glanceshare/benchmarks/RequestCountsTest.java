package dev.glanceshare.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request-count targets of issue 7, checked on every build (counts only, never timings). */
class RequestCountsTest {
    private static Fixture fixture;
    private static List<RequestCounts.Row> rows;

    @BeforeAll
    static void measure() {
        fixture = Fixture.start();
        rows = RequestCounts.measure(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void warmClientSendsOneRequestPerIdTaskAndTwoByName() {
        assertThat(rows).allSatisfy(r -> assertThat(r.sdkWarm()).as(r.task()).isEqualTo(r.task().contains("name") ? 2 : 1));
    }

    @Test
    void coldClientSendsAtMostThreeRequestsIncludingAuth() {
        assertThat(rows).allSatisfy(r -> assertThat(r.sdkCold()).as(r.task()).isLessThanOrEqualTo(3));
        assertThat(rows).allSatisfy(r -> assertThat(r.sdkColdLines()).startsWith("POST /v3/auth/tokens"));
    }

    @Test
    void openstack4jIsMeasuredOnTheSameTasks() {
        assertThat(rows).hasSize(RequestCounts.tasks().size())
                .allSatisfy(r -> assertThat(r.os4jWarm()).as(r.task()).isPositive());
    }
}
