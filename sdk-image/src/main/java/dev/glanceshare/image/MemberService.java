package dev.glanceshare.image;

import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import java.util.List;

/**
 * The member list of one image: who it is shared with and how each member answered. Obtain it from
 * {@link ImageService#members(String)}; it is a view and sends nothing until called.
 *
 * <p>Glance's rules: only {@code shared} images have members; only the owner adds and removes them;
 * only the member sets its own status (or an administrator). Project IDs are checked for shape
 * (32 hex digits, or a dashed UUID) before anything is sent: the SDK never sends a name as an ID. Use
 * {@link #addByName(String)} to resolve a name through the session (who may resolve names is said there).
 */
public interface MemberService {

    /** @return the image this view belongs to */
    String imageId();

    /**
     * {@code POST /v2/images/{id}/members}: 1 request. When Glance refuses because the image is not shared,
     * one more request reads its visibility so the exception can say why and what to do.
     *
     * @param projectId the project to share with
     * @return the new member, {@code pending}
     * @throws ImageNotSharedException when the image is not {@code shared}
     * @throws dev.glanceshare.core.exception.ConflictException when the project is already a member
     * @throws dev.glanceshare.core.exception.QuotaExceededException at Glance's member limit (128 by default)
     */
    Member add(String projectId);

    /**
     * {@link #add} with options: idempotent (an existing member is returned instead of a 409) and/or
     * making a private image shared first. 1 request when nothing is in the way.
     *
     * @param projectId the project to share with
     * @param options what to do about an existing member or a private image
     * @return the member, new or existing
     */
    Member add(String projectId, MemberAddOptions options);

    /**
     * Adds a project given by name or ID. An ID (32 hex digits, or a dashed UUID) is added as
     * {@link #add(String)} would add it: 1 Glance request, no lookup. A name is resolved first through the
     * session ({@link dev.glanceshare.core.Session#resolveProjectId}); the SDK never falls back to sending a
     * name as an ID.
     *
     * <p>Who can resolve a name: an ID works for every owner. With {@code KeystoneSession} asking Keystone as
     * the caller (the default), Keystone's default policy answers {@code GET /v3/projects?name=} for
     * administrators only: an ordinary project member resolves only the projects it belongs to, and any
     * other name fails with a {@code ForbiddenException} ({@code ProjectLookupRefusedException}) that says
     * what to do. Names work for every owner once the session has a lookup credential
     * ({@code KeystoneSession.Builder.projectLookup}, a user with the reader role on the domain) or a
     * directory ({@code projectDirectory}, such as a file of names and IDs); see {@code ProjectDirectory}.
     * A resolved name is kept for a while, so repeating it costs 1 request.
     *
     * @param projectNameOrId a project name or ID
     * @return the new member
     * @throws dev.glanceshare.core.exception.ForbiddenException when the identity service refuses the lookup
     * @throws dev.glanceshare.core.exception.ResourceNotFoundException when it answers and no project has the name
     * @throws dev.glanceshare.core.exception.AmbiguousNameException when several projects have the name
     */
    Member addByName(String projectNameOrId);

    /**
     * {@code DELETE /v2/images/{id}/members/{project}}: 1 request.
     *
     * @param projectId the member to remove
     * @throws dev.glanceshare.core.exception.NotFoundException when it is not a member
     */
    void remove(String projectId);

    /**
     * Removes a member if it is one: 1 request.
     *
     * @param projectId the member to remove
     * @return whether it was a member
     */
    boolean removeIfPresent(String projectId);

    /**
     * {@code GET /v2/images/{id}/members}: 1 request. Glance does not page members. A member caller sees
     * only its own membership.
     *
     * @return the members
     */
    List<Member> list();

    /**
     * {@code GET /v2/images/{id}/members/{project}}: 1 request.
     *
     * @param projectId the member
     * @return the membership
     */
    Member get(String projectId);

    /**
     * The member's own accept, for the session's project: {@code PUT .../members/{myProject}}, 1 request.
     *
     * @return the membership, accepted
     * @throws IllegalStateException when the session is not scoped to a project
     */
    Member accept();

    /**
     * The member's own reject: 1 request.
     *
     * @return the membership, rejected
     */
    Member reject();

    /**
     * Sets the member's own status back to pending: 1 request.
     *
     * @return the membership, pending
     */
    Member pending();

    /**
     * Sets any member's status: 1 request. Glance allows it only to the member itself or an administrator.
     *
     * @param projectId the member
     * @param status the new status
     * @return the membership
     */
    Member updateStatus(String projectId, MemberStatus status);
}
