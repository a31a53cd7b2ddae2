package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.image.internal.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A bulk run over projects given by name or ID: every distinct name is resolved once, in parallel, before
 * the first Glance request; an ID is used as it is. A name that cannot be resolved becomes a failed pair
 * carrying the lookup's exception (a refusal, a name not found, an ambiguous name), and the other pairs
 * run as usual. Two names of the same project count once.
 */
final class ByName {
    private ByName() {}

    /**
     * @param projects the names or IDs as given
     * @return them trimmed, in order, without repeats
     * @throws IllegalArgumentException for a blank one, before any request
     */
    static List<String> distinct(Collection<String> projects) {
        Objects.requireNonNull(projects, "projectNamesOrIds");
        Set<String> out = new LinkedHashSet<>();
        for (String p : projects) {
            Objects.requireNonNull(p, "a project name or ID is null");
            if (p.isBlank()) {
                throw new IllegalArgumentException("A project name or ID is blank");
            }
            out.add(p.trim());
        }
        return new ArrayList<>(out);
    }

    /**
     * Resolves, then runs {@code work} on the resolved pairs of one image.
     *
     * @param options parallelism, progress and the rest
     * @param imageId the image
     * @param names distinct names or IDs, from {@link #distinct}
     * @param resolver a name to its project ID, such as the session's {@code resolveProjectId}
     * @param work submits the image's pairs, such as {@link ImageBatch#add()}
     * @return a result per distinct project, and one per name that could not be resolved
     */
    static BulkResult run(BulkOptions options, String imageId, List<String> names, Function<String, String> resolver,
            BiConsumer<BulkRun, List<Pair>> work) {
        Map<String, Object> resolved = resolve(options, names, resolver);
        List<Pair> pairs = new ArrayList<>();
        Map<Pair, OpenStackException> failed = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        int index = 0;
        for (String name : names) {
            Object r = resolved.get(name);
            if (r instanceof OpenStackException e) {
                failed.put(new Pair(index++, imageId, name), e);
            } else if (seen.add((String) r)) {
                pairs.add(new Pair(index++, imageId, (String) r));
            }
        }
        BulkRun run = new BulkRun(options, index);
        return run.execute(() -> {
            failed.forEach((p, e) -> run.record(p, Outcome.FAILED, "project name not resolved ("
                    + e.getClass().getSimpleName() + ")", e, 0));
            if (!pairs.isEmpty()) {
                run.dispatcher().submit(() -> work.accept(run, pairs));
            }
        });
    }

    /** @return each name's project ID, or the {@link OpenStackException} its lookup threw */
    private static Map<String, Object> resolve(BulkOptions options, List<String> names, Function<String, String> resolver) {
        Map<String, Object> out = new ConcurrentHashMap<>();
        BulkRun.runOn(options, () -> { }, d -> names.forEach(name -> d.submit(() -> {
            if (Ids.isProjectId(name)) {
                out.put(name, name);
                return;
            }
            try {
                out.put(name, Ids.projectId(resolver.apply(name)));
            } catch (OpenStackException e) {
                out.put(name, e);
            }
        })));
        return out;
    }
}
