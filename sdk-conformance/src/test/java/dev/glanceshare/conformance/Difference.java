package dev.glanceshare.conformance;

/**
 * One way the fake's record of a scenario differs from real Glance's.
 *
 * @param scenario the scenario
 * @param step the step
 * @param exchange which exchange, such as {@code #2 GET /v2/images/{img:shared}}; empty for the step's outcome
 * @param request the exchange's {@code METHOD path} (as the real target sent it); empty for the outcome
 * @param field what differs: {@code step}, {@code outcome}, {@code exchange}, {@code request},
 *     {@code request.body/<pointer>}, {@code status}, {@code content-type} or {@code response.body/<pointer>}
 * @param fake the fake's value
 * @param real real Glance's value
 */
record Difference(String scenario, String step, String exchange, String request, String field, String fake, String real) {

    /** @return a readable block for a failure message or a report */
    String render() {
        return scenario + " / " + step + (exchange.isEmpty() ? "" : " / " + exchange) + " / " + field + "\n"
                + "    fake: " + fake.replace("\n", "\n          ") + "\n"
                + "    real: " + real.replace("\n", "\n          ");
    }
}
