package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.ConflictException;
import dev.glanceshare.core.exception.ForbiddenException;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.exception.QuotaExceededException;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.MemberService;
import dev.glanceshare.image.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs of one image: one check ({@code GET .../members}, which also proves the image is visible and
 * shared and gives the member count), then one request per pair that needs a change, on the dispatcher.
 */
final class ImageBatch {
    private final BulkRun run;
    private final ImageService images;
    private final String imageId;
    private final List<Pair> pairs;
    private volatile String stopReason;
    private volatile OpenStackException stopError;

    ImageBatch(BulkRun run, ImageService images, String imageId, List<Pair> pairs) {
        this.run = run;
        this.images = images;
        this.imageId = imageId;
        this.pairs = pairs;
    }

    /** Checks the image, settles what the check answers, and submits one add per remaining pair. */
    void add() {
        Set<String> existing = check(true);
        if (existing == null) {
            return;
        }
        int room = run.options().memberLimit() - existing.size();
        for (Pair p : pairs) {
            if (existing.contains(p.projectId())) {
                run.record(p, Outcome.ALREADY_MEMBER, null, null, 0);
            } else if (room <= 0) {
                run.record(p, Outcome.NOT_ATTEMPTED, "image " + imageId + " would exceed the member limit of "
                        + run.options().memberLimit() + " (it has " + existing.size() + " members)", null, 0);
            } else {
                room--;
                run.dispatcher().submit(() -> addOne(p));
            }
        }
    }

    /** Checks the image, settles non-members, and submits one removal per member. */
    void remove() {
        Set<String> existing = check(false);
        if (existing == null) {
            return;
        }
        for (Pair p : pairs) {
            if (existing.contains(p.projectId())) {
                run.dispatcher().submit(() -> removeOne(p));
            } else {
                run.record(p, Outcome.NOT_A_MEMBER, null, null, 0);
            }
        }
    }

    /** The member IDs, or null when every pair has been settled as not attempted. */
    private Set<String> check(boolean adding) {
        String halt = run.haltReason();
        if (halt != null) {
            run.notAttempted(pairs, halt, null);
            return null;
        }
        MemberService members = images.members(imageId);
        Retrying.Attempt<List<Member>> list = Retrying.call(run, members::list);
        if (!list.ok() && list.error() instanceof ForbiddenException && adding && run.options().makeShared()) {
            // Only shared images list members. makeShared changes a private image and refuses public or community.
            list = Retrying.call(run, () -> {
                images.makeShared(imageId);
                return members.list();
            });
        }
        if (!list.ok()) {
            String why = list.error() instanceof ForbiddenException
                    ? "image " + imageId + " is not shared" + (adding && !run.options().makeShared()
                            ? "; BulkOptions.makeShared(true) makes a private image shared" : "")
                    : "checking image " + imageId + " failed: " + list.error().getMessage();
            run.notAttempted(pairs, list.cancelled() ? "cancelled" : why, list.error());
            return null;
        }
        return list.value().stream().map(Member::memberId).collect(Collectors.toSet());
    }

    private void addOne(Pair p) {
        if (!mayStart(p)) {
            return;
        }
        MemberService members = images.members(imageId);
        // Not resent after a timeout: the first add may still be running inside Glance (see Retrying).
        Retrying.Attempt<Member> a = Retrying.call(run, () -> members.add(p.projectId()), false);
        if (a.ok()) {
            run.record(p, Outcome.ADDED, null, null, a.attempts());
        } else if (a.error() instanceof ConflictException) {
            // The check saw no such member. After an attempt whose outcome was unknown, the 409 is that
            // attempt's success; otherwise someone else added it meanwhile.
            run.record(p, a.uncertain() ? Outcome.ADDED : Outcome.ALREADY_MEMBER, null, null, a.attempts());
        } else if (a.error() instanceof QuotaExceededException || a.error() instanceof ForbiddenException) {
            stop("image " + imageId + " refused an add (" + a.error().getMessage() + ")", a.error());
            run.record(p, Outcome.FAILED, a.error().getMessage(), a.error(), a.attempts());
        } else {
            settleFailure(p, a);
        }
    }

    private void removeOne(Pair p) {
        if (!mayStart(p)) {
            return;
        }
        MemberService members = images.members(imageId);
        Retrying.Attempt<Boolean> a = Retrying.call(run, () -> members.removeIfPresent(p.projectId()));
        if (a.ok()) {
            // Absent after an unknown attempt: that attempt removed it.
            boolean removed = a.value() || a.uncertain();
            run.record(p, removed ? Outcome.REMOVED : Outcome.NOT_A_MEMBER, null, null, a.attempts());
        } else {
            settleFailure(p, a);
        }
    }

    private boolean mayStart(Pair p) {
        String halt = run.haltReason();
        if (halt == null && stopReason == null) {
            return true;
        }
        run.record(p, Outcome.NOT_ATTEMPTED, halt != null ? halt : stopReason, halt != null ? null : stopError, 0);
        return false;
    }

    private void stop(String reason, OpenStackException error) {
        stopError = error;
        stopReason = reason;
    }

    /** A cancel during a retry wait leaves nothing done unless an attempt's outcome is unknown. */
    private void settleFailure(Pair p, Retrying.Attempt<?> a) {
        if (a.cancelled() && !a.uncertain()) {
            run.record(p, Outcome.NOT_ATTEMPTED, "cancelled", a.error(), a.attempts());
        } else {
            run.record(p, Outcome.FAILED, a.error().getMessage(), a.error(), a.attempts());
        }
    }

    static List<List<Pair>> byImage(List<Pair> pairs) {
        java.util.Map<String, List<Pair>> map = new java.util.LinkedHashMap<>();
        pairs.forEach(p -> map.computeIfAbsent(p.imageId(), k -> new ArrayList<>()).add(p));
        return new ArrayList<>(map.values());
    }
}
