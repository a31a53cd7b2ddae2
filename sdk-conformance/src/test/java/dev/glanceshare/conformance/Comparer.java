package dev.glanceshare.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a scenario's record on the fake with its record on real Glance, step by step and exchange
 * by exchange: the SDK's outcome, then each exchange's request, status, content type and body.
 */
final class Comparer {
    private Comparer() {}

    static List<Difference> compare(ScenarioRecord fake, ScenarioRecord real) {
        List<Difference> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        real.steps().forEach(s -> names.add(s.name()));
        fake.steps().forEach(s -> names.add(s.name()));
        for (String name : names) {
            Optional<StepRecord> f = fake.step(name);
            Optional<StepRecord> r = real.step(name);
            if (f.isEmpty() || r.isEmpty()) {
                out.add(new Difference(real.scenario(), name, "", "", "step",
                        f.isPresent() ? "ran" : "(not reached)", r.isPresent() ? "ran" : "(not reached)"));
                continue;
            }
            compare(real.scenario(), f.get(), r.get(), out);
        }
        return out;
    }

    private static void compare(String scenario, StepRecord f, StepRecord r, List<Difference> out) {
        if (!f.outcome().equals(r.outcome())) {
            out.add(new Difference(scenario, r.name(), "", "", "outcome", f.outcome(), r.outcome()));
        }
        int n = Math.max(f.exchanges().size(), r.exchanges().size());
        for (int i = 0; i < n; i++) {
            NormalExchange fe = i < f.exchanges().size() ? f.exchanges().get(i) : null;
            NormalExchange re = i < r.exchanges().size() ? r.exchanges().get(i) : null;
            NormalExchange named = re != null ? re : fe;
            String where = "#" + (i + 1) + " " + named.request();
            if (fe == null || re == null) {
                out.add(new Difference(scenario, r.name(), where, named.request(), "exchange",
                        fe == null ? "(none)" : fe.headline(), re == null ? "(none)" : re.headline()));
                continue;
            }
            if (!fe.request().equals(re.request()) || !fe.service().equals(re.service())) {
                out.add(new Difference(scenario, r.name(), where, re.request(), "request",
                        fe.service() + " " + fe.request(), re.service() + " " + re.request()));
                continue;
            }
            if (!fe.requestType().equals(re.requestType())) {
                out.add(new Difference(scenario, r.name(), where, re.request(), "request.content-type",
                        fe.requestType(), re.requestType()));
            }
            body(scenario, r.name(), where, re.request(), "request.body", fe.requestBody(), re.requestBody(), out);
            if (fe.status() != re.status()) {
                out.add(new Difference(scenario, r.name(), where, re.request(), "status",
                        String.valueOf(fe.status()), String.valueOf(re.status())));
            }
            if (!fe.contentType().equals(re.contentType())) {
                out.add(new Difference(scenario, r.name(), where, re.request(), "content-type",
                        show(fe.contentType()), show(re.contentType())));
            }
            Set<String> headers = new java.util.TreeSet<>(fe.headers().keySet());
            headers.addAll(re.headers().keySet());
            for (String h : headers) {
                String fv = fe.headers().getOrDefault(h, "(absent)");
                String rv = re.headers().getOrDefault(h, "(absent)");
                if (!fv.equals(rv)) {
                    out.add(new Difference(scenario, r.name(), where, re.request(), "header/" + h, fv, rv));
                }
            }
            body(scenario, r.name(), where, re.request(), "response.body", fe.responseBody(), re.responseBody(), out);
        }
    }

    private static void body(String scenario, String step, String where, String request, String field,
            JsonNode fake, JsonNode real, List<Difference> out) {
        for (JsonDiff.Entry e : JsonDiff.diff(fake, real)) {
            out.add(new Difference(scenario, step, where, request, field + e.pointer(), e.left(), e.right()));
        }
    }

    private static String show(String s) {
        return s.isEmpty() ? "(none)" : s;
    }
}
