package dev.glanceshare.image.bulk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every pair's {@link ItemResult}, in the order the pairs were given, and a summary. Immutable.
 *
 * <pre>{@code
 * BulkResult result = glance.bulk().share(imageId, projects);
 * System.out.println(result.summary());          // "100 pairs: 97 added, 3 already member"
 * result.failures().forEach(r -> System.err.println(r + ": " + r.error().orElseThrow().getMessage()));
 * }</pre>
 */
public final class BulkResult {
    private final List<ItemResult> items;
    private final boolean cancelled;
    private final Map<Outcome, Integer> counts;

    BulkResult(List<ItemResult> items, boolean cancelled) {
        this.items = List.copyOf(items);
        this.cancelled = cancelled;
        Map<Outcome, Integer> c = new EnumMap<>(Outcome.class);
        for (ItemResult r : this.items) {
            c.merge(r.outcome(), 1, Integer::sum);
        }
        this.counts = Collections.unmodifiableMap(c);
    }

    /** @return one result per pair, in input order */
    public List<ItemResult> items() {
        return items;
    }

    /**
     * @param outcome an outcome
     * @return how many pairs ended so
     */
    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** @return the count of each outcome that occurred */
    public Map<Outcome, Integer> counts() {
        return counts;
    }

    /** @return the pairs that failed */
    public List<ItemResult> failures() {
        return items.stream().filter(r -> r.outcome() == Outcome.FAILED).collect(Collectors.toList());
    }

    /** @return whether the run was cancelled before every pair was settled */
    public boolean isCancelled() {
        return cancelled;
    }

    /** @return whether every pair ended in the wanted state, so a re-run has nothing left to do */
    public boolean isComplete() {
        return items.stream().allMatch(ItemResult::isDone);
    }

    /** @return one line such as {@code "100 pairs: 97 added, 3 already member"} */
    public String summary() {
        String parts = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return items.size() + (items.size() == 1 ? " pair" : " pairs") + (items.isEmpty() ? "" : ": " + parts) + (cancelled ? " (cancelled)" : "");
    }

    @Override
    public String toString() {
        return summary();
    }
}
