package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;

/**
 * The consumer's accept or reject of one share: {@code PUT .../members/{me}}, one request. Setting a
 * status is idempotent, so no check is needed first and a retry is always safe.
 */
final class StatusBatch {
    private StatusBatch() {}

    static void submit(BulkRun run, ImageService images, Pair p, MemberStatus status) {
        run.dispatcher().submit(() -> {
            String halt = run.haltReason();
            if (halt != null) {
                run.record(p, Outcome.NOT_ATTEMPTED, halt, null, 0);
                return;
            }
            Retrying.Attempt<Member> a = Retrying.call(run,
                    () -> images.members(p.imageId()).updateStatus(p.projectId(), status));
            if (a.ok()) {
                run.record(p, status == MemberStatus.ACCEPTED ? Outcome.ACCEPTED : Outcome.REJECTED, null, null,
                        a.attempts());
            } else if (a.error() instanceof NotFoundException) {
                // Glance answers 404 both for "not shared with you" and "no such image": either way, no share.
                run.record(p, Outcome.NOT_A_MEMBER, a.error().getMessage(), a.error(), a.attempts());
            } else if (a.cancelled()) {
                run.record(p, Outcome.NOT_ATTEMPTED, "cancelled", a.error(), a.attempts());
            } else {
                run.record(p, Outcome.FAILED, a.error().getMessage(), a.error(), a.attempts());
            }
        });
    }
}
