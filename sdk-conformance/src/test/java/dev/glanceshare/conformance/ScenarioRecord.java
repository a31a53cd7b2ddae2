package dev.glanceshare.conformance;

import java.util.List;

/**
 * A scenario's run on one target.
 *
 * @param scenario its name
 * @param target {@code fake} or {@code real}
 * @param steps what each step did, in order
 * @param violations expectations that did not hold (empty when the target behaved as real Glance does)
 * @param notes what else happened, such as a clean-up that failed
 */
record ScenarioRecord(String scenario, String target, List<StepRecord> steps, List<String> violations,
        List<String> notes) {

    /** @return the step of that name, if the run got that far */
    java.util.Optional<StepRecord> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
