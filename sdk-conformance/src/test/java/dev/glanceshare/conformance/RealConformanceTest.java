package dev.glanceshare.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every scenario on a real Keystone + Glance and on the fake, then compared. Per scenario: {@code real}
 * checks the SDK met each step's expectation against real Glance; {@code fake-vs-real} fails on any
 * difference between the two normalised records that {@code allowed-differences.json} does not accept.
 * Last, an allow-list entry that matched nothing fails as stale.
 *
 * <p>Tagged {@code real}: the default build leaves it out; {@code -Pconformance} (or
 * {@code -Dsurefire.excludedGroups=long}) runs it. Without credentials ({@link RealCredentials}) the
 * whole class is skipped, and says why.
 */
@Tag("real")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealConformanceTest {
    private FakeTarget fake;
    private RealTarget real;
    private final AllowList allowList = AllowList.load();
    private final Map<String, Summary.Row> rows = new LinkedHashMap<>();
    private final List<Difference> allowed = new ArrayList<>();
    private final List<Difference> refused = new ArrayList<>();

    @BeforeAll
    void start() {
        Optional<RealCredentials> credentials = RealCredentials.load();
        if (credentials.isEmpty()) {
            String why = "real target SKIPPED: no credentials at " + RealCredentials.location().toAbsolutePath().normalize()
                    + " (run conformance/real-openstack.sh up, or set " + RealCredentials.ENV + ")";
            System.err.println("[conformance] " + why);
            Assumptions.abort(why);
        }
        real = new RealTarget(credentials.get());
        fake = new FakeTarget();
        System.err.println("[conformance] real target from " + credentials.get().file() + "; Glance token cache "
                + (real.meets(Requirement.GLANCE_TOKEN_CACHE_OFF) ? "off" : "on (revoked-token-after-use is skipped)"));
    }

    @AfterAll
    void stop() {
        if (real != null) {
            real.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> scenariosOnRealGlanceAndTheFake() {
        Stream<DynamicNode> scenarios = Scenarios.all().stream().map(s -> {
            Summary.Row row = new Summary.Row(s);
            rows.put(s.name(), row);
            return DynamicContainer.dynamicContainer(s.name(), Stream.of(
                    DynamicTest.dynamicTest("real", () -> onReal(s, row)),
                    DynamicTest.dynamicTest("fake-vs-real", () -> compare(s, row))));
        });
        return Stream.concat(scenarios, Stream.of(DynamicTest.dynamicTest("allow-list has no stale entries", () -> {
            writeSummary();
            List<AllowList.Entry> stale = allowList.unused().stream().filter(e -> rows.values().stream()
                    .anyMatch(r -> r.compared && AllowList.glob(e.scenario).matcher(r.scenario.name()).matches()))
                    .toList();
            assertThat(stale).as("allow-list entries that matched no difference in the scenarios compared: remove them")
                    .isEmpty();
        })));
    }

    private void onReal(Scenario s, Summary.Row row) {
        row.fake = Scenarios.run(s, fake);
        Reports.write(row.fake);
        for (Requirement need : s.needs()) {
            if (!real.meets(need)) {
                row.skipped = "skipped on real: needs " + need;
                writeSummary();
                Assumptions.abort(row.skipped + " (" + need.name() + "; see Requirement)");
            }
        }
        row.real = Scenarios.run(s, real);
        var file = Reports.write(row.real);
        writeSummary();
        assertThat(row.real.violations()).as("expectations of %s on real Glance (record: %s)", s.name(), file).isEmpty();
    }

    private void compare(Scenario s, Summary.Row row) {
        Assumptions.assumeTrue(row.skipped == null, () -> row.skipped);
        assertThat(row.real).as("the real run of %s", s.name()).isNotNull();
        List<Difference> differences = Comparer.compare(row.fake, row.real);
        row.compared = true;
        StringBuilder refusedText = new StringBuilder();
        for (Difference d : differences) {
            Optional<AllowList.Entry> entry = allowList.allowing(d);
            if (entry.isPresent()) {
                row.allowed++;
                allowed.add(d);
            } else {
                row.refused++;
                refused.add(d);
                refusedText.append(d.render()).append('\n');
            }
        }
        writeSummary();
        assertThat(refusedText.toString()).as("differences between the fake and real Glance in %s not in %s "
                + "(records: %s)", s.name(), AllowList.RESOURCE, Reports.dir()).isEmpty();
    }

    private void writeSummary() {
        Reports.write(java.nio.file.Path.of("summary.md"), Summary.markdown(rows.values(), allowed, refused));
    }
}
