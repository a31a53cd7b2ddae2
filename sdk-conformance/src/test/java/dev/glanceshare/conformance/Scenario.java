package dev.glanceshare.conformance;

import java.util.Set;

/**
 * A named sequence of SDK calls, run the same way on every target.
 *
 * @param name short, unique, used in file names and the allow-list
 * @param summary what it checks, for the report
 * @param needs what a target must offer to run it; a target that does not is skipped, visibly
 * @param body the steps
 */
record Scenario(String name, String summary, Set<Requirement> needs, Body body) {

    /** The steps of a scenario. */
    @FunctionalInterface
    interface Body {
        void run(Run run) throws Exception;
    }

    static Scenario of(String name, String summary, Body body) {
        return new Scenario(name, summary, Set.of(), body);
    }

    @Override
    public String toString() {
        return name;
    }
}
