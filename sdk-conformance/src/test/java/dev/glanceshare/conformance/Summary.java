package dev.glanceshare.conformance;

import java.util.Collection;
import java.util.List;

/** The comparison's summary: a scenario table, then every difference, refused first. */
final class Summary {
    private Summary() {}

    /** What one scenario came to. */
    static final class Row {
        final Scenario scenario;
        ScenarioRecord fake;
        ScenarioRecord real;
        String skipped;
        boolean compared;
        int allowed;
        int refused;

        Row(Scenario scenario) {
            this.scenario = scenario;
        }
    }

    static String markdown(Collection<Row> rows, List<Difference> allowed, List<Difference> refused) {
        StringBuilder s = new StringBuilder("| scenario | steps | fake | real Glance | differences (allowed / not) |\n"
                + "|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| `").append(r.scenario.name()).append("` | ")
                    .append(r.real != null ? r.real.steps().size() : r.fake != null ? r.fake.steps().size() : 0).append(" | ")
                    .append(result(r.fake, null)).append(" | ").append(result(r.real, r.skipped)).append(" | ")
                    .append(r.real == null || r.fake == null ? "-" : r.allowed + " / " + r.refused).append(" |\n");
        }
        s.append("\n## Differences not allowed (").append(refused.size()).append(")\n\n```\n");
        refused.forEach(d -> s.append(d.render()).append('\n'));
        s.append("```\n\n## Allowed differences (").append(allowed.size()).append(")\n\n```\n");
        allowed.forEach(d -> s.append(d.render()).append('\n'));
        return s.append("```\n").toString();
    }

    private static String result(ScenarioRecord record, String skipped) {
        if (skipped != null) {
            return skipped;
        }
        if (record == null) {
            return "not run";
        }
        return record.violations().isEmpty() ? "pass" : "FAIL: " + String.join("; ", record.violations()).replace("|", "\\|");
    }
}
