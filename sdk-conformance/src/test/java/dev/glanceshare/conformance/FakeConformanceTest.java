package dev.glanceshare.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario against the bundled fake, in the normal build: the SDK must meet each step's
 * expectation (what real Glance does, see {@code docs/CONFORMANCE.md}). The records go to
 * {@code target/conformance/fake/}; the byte-level comparison with real Glance is
 * {@link RealConformanceTest}.
 */
class FakeConformanceTest {
    private static FakeTarget fake;

    @BeforeAll
    static void start() {
        fake = new FakeTarget();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @TestFactory
    Stream<DynamicTest> scenariosOnTheFake() {
        return Scenarios.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            ScenarioRecord record = Scenarios.run(s, fake);
            Path file = Reports.write(record);
            assertThat(record.violations()).as("expectations of %s on the fake (record: %s)", s.name(), file).isEmpty();
        }));
    }
}
