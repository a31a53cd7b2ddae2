package dev.glanceshare.conformance;

import java.util.ArrayList;
import java.util.List;

/** Every scenario, in report order, and the runner that plays one on a target. */
final class Scenarios {
    private Scenarios() {}

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        all.addAll(SharingScenarios.all());
        all.addAll(ErrorScenarios.all());
        all.addAll(LookupScenarios.all());
        all.addAll(ProjectLookupScenarios.all());
        all.addAll(AuthScenarios.all());
        all.addAll(WireScenarios.all());
        all.addAll(ImportScenarios.all());
        return all;
    }

    /**
     * Plays a scenario on a target. A step that fails where success was expected ends the scenario
     * early; the record then says so among its violations.
     *
     * @param scenario what to run
     * @param target where
     * @return the normalised record
     */
    static ScenarioRecord run(Scenario scenario, Target target) {
        try (Run run = new Run(scenario.name(), target)) {
            try {
                scenario.body().run(run);
            } catch (Run.Aborted aborted) {
                run.violation("scenario ended early: " + aborted.getMessage());
            } catch (Exception | AssertionError e) {
                run.violation("scenario threw " + e);
            }
            return run.finish();
        }
    }
}
