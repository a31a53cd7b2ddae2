package dev.glanceshare.conformance;

import java.util.List;

/**
 * One step of a scenario as recorded on one target, normalised.
 *
 * @param name the step's name, unique in its scenario
 * @param actor who ran it, such as {@code demo} or {@code demo (application credential)}
 * @param outcome what the SDK returned or threw, normalised
 * @param exchanges every HTTP exchange the step caused, in order
 */
record StepRecord(String name, String actor, String outcome, List<NormalExchange> exchanges) {}
