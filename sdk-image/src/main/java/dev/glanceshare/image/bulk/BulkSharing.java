package dev.glanceshare.image.bulk;

import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.internal.Ids;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.VisibilityFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sharing work in sets, on one shared client: many members added, removed, accepted or rejected with a
 * result per (image, project) pair, a project offboarded from every image, and an audit of who can boot
 * what. Obtain it from {@link dev.glanceshare.image.GlanceClient#bulk()}. Immutable and thread-safe; each
 * call is one run.
 *
 * <p>Cost: adds and removals check each image once ({@code GET /v2/images/{id}/members}, which also proves
 * the image is visible and shared and gives the member count), then send one request per pair that needs
 * a change. Pairs the check already answers (an existing member to add, a non-member to remove) cost
 * nothing, so re-running an interrupted run only sends what is left. A run does not stop at a failure
 * unless {@link BulkOptions#stopOnFailure()} says so; every pair gets an {@link ItemResult}.
 *
 * <p>Safety: a member add is retried only where a repeat cannot duplicate it: after a 429 (the server
 * did nothing; {@code Retry-After} is honoured) and after a 5xx or dropped connection (a 409 on the retry
 * then means the earlier attempt worked). Not after a timeout: that add may still be running inside Glance,
 * and two adds of one member that Glance runs at once can both succeed, listing the member twice. The pair
 * is then {@link Outcome#FAILED} with the timeout; a re-run checks the member list first and settles it. Pairs that would take an image past
 * {@link BulkOptions#memberLimit()} are not attempted; a 413 or 403 stops further adds to that image.
 *
 * <p>Input: every image ID (a UUID) and project ID (32 hex digits) is checked before the first request. A
 * malformed or null one throws {@link IllegalArgumentException} or {@link NullPointerException} naming it, and
 * nothing is sent. {@link #shareByName} and {@link #unshareByName} take project names too, and resolve each
 * distinct name once before the first Glance request.
 */
public final class BulkSharing {
    private final ImageService images;
    private final Supplier<String> myProject;
    private final Function<String, String> projectIds;
    private final BulkOptions options;

    private BulkSharing(ImageService images, Supplier<String> myProject, Function<String, String> projectIds,
            BulkOptions options) {
        this.images = Objects.requireNonNull(images, "images");
        this.myProject = Objects.requireNonNull(myProject, "myProject");
        this.projectIds = Objects.requireNonNull(projectIds, "projectIds");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param images the image service to call, shared by every worker
     * @param myProject supplies the caller's project ID (the owner of offboarded and audited images, the
     *     member of accepted and rejected ones)
     * @param options parallelism and the rest
     * @return the bulk operations
     */
    public static BulkSharing of(ImageService images, Supplier<String> myProject, BulkOptions options) {
        return new BulkSharing(images, myProject, name -> {
            throw new IllegalStateException("This BulkSharing has no way to resolve project names: use "
                    + "GlanceClient.bulk(), or BulkSharing.of(images, myProject, projectIds, options)");
        }, options);
    }

    /**
     * @param images the image service to call, shared by every worker
     * @param myProject supplies the caller's project ID
     * @param projectIds resolves a project name to its ID, such as {@code session::resolveProjectId}; it must
     *     throw rather than guess
     * @param options parallelism and the rest
     * @return the bulk operations, including those that take project names
     */
    public static BulkSharing of(ImageService images, Supplier<String> myProject, Function<String, String> projectIds,
            BulkOptions options) {
        return new BulkSharing(images, myProject, projectIds, options);
    }

    /**
     * @param value other options
     * @return a copy using them
     */
    public BulkSharing withOptions(BulkOptions value) {
        return new BulkSharing(images, myProject, projectIds, value);
    }

    /** @return the options */
    public BulkOptions options() {
        return options;
    }

    /**
     * Shares one image with many projects: 1 check plus 1 {@code POST} per project not yet a member.
     *
     * @param imageId the image UUID
     * @param projectIds the projects; duplicates are ignored
     * @return a result per project
     */
    public BulkResult share(String imageId, Collection<String> projectIds) {
        return share(Map.of(Ids.imageId(imageId), Objects.requireNonNull(projectIds, "projectIds")));
    }

    /**
     * Shares many images with one project: 1 check per image plus 1 {@code POST} per image it is not yet
     * a member of.
     *
     * @param imageIds the images; duplicates are ignored
     * @param projectId the project
     * @return a result per image
     */
    public BulkResult share(Collection<String> imageIds, String projectId) {
        return share(oneProject(imageIds, projectId));
    }

    /**
     * Shares each image with its projects.
     *
     * @param projectsByImage projects per image ID; iteration order is the result order
     * @return a result per pair
     */
    public BulkResult share(Map<String, ? extends Collection<String>> projectsByImage) {
        List<Pair> pairs = pairs(projectsByImage);
        BulkRun run = new BulkRun(options, pairs.size());
        return run.execute(() -> ImageBatch.byImage(pairs).forEach(
                batch -> run.dispatcher().submit(() -> new ImageBatch(run, images, batch.get(0).imageId(), batch).add())));
    }

    /**
     * Shares one image with projects given by name or ID. Each distinct name is resolved once, before the
     * first Glance request, through the session ({@code KeystoneSession}: its project directory and name
     * cache, so a name already resolved costs nothing); an ID is used as it is. Then, as
     * {@link #share(String, Collection)}: 1 check plus 1 {@code POST} per project not yet a member.
     *
     * <p>A name that cannot be resolved ends as {@link Outcome#FAILED} with the lookup's exception, and its
     * {@link ItemResult#projectId()} is the name as given: for an ordinary project member without a lookup
     * credential or directory, other projects' names fail with a {@code ForbiddenException}
     * ({@code ProjectLookupRefusedException}). The other projects are shared all the same.
     *
     * @param imageId the image UUID
     * @param projectNamesOrIds the projects; repeats, and names of the same project, count once
     * @return a result per distinct project, in input order
     */
    public BulkResult shareByName(String imageId, Collection<String> projectNamesOrIds) {
        return ByName.run(options, Ids.imageId(imageId), ByName.distinct(projectNamesOrIds), projectIds,
                (run, pairs) -> new ImageBatch(run, images, imageId, pairs).add());
    }

    /**
     * Removes projects given by name or ID from one image, resolving names as {@link #shareByName} does:
     * 1 check plus 1 {@code DELETE} per current member.
     *
     * @param imageId the image UUID
     * @param projectNamesOrIds the projects
     * @return a result per distinct project: removed, not a member, or failed
     */
    public BulkResult unshareByName(String imageId, Collection<String> projectNamesOrIds) {
        return ByName.run(options, Ids.imageId(imageId), ByName.distinct(projectNamesOrIds), projectIds,
                (run, pairs) -> new ImageBatch(run, images, imageId, pairs).remove());
    }

    /**
     * Removes many projects from one image: 1 check plus 1 {@code DELETE} per current member.
     *
     * @param imageId the image UUID
     * @param projectIds the projects
     * @return a result per project: removed or not a member
     */
    public BulkResult unshare(String imageId, Collection<String> projectIds) {
        return unshare(Map.of(Ids.imageId(imageId), Objects.requireNonNull(projectIds, "projectIds")));
    }

    /**
     * Removes each image's projects.
     *
     * @param projectsByImage projects per image ID
     * @return a result per pair
     */
    public BulkResult unshare(Map<String, ? extends Collection<String>> projectsByImage) {
        List<Pair> pairs = pairs(projectsByImage);
        BulkRun run = new BulkRun(options, pairs.size());
        return run.execute(() -> ImageBatch.byImage(pairs).forEach(batch -> run.dispatcher().submit(
                () -> new ImageBatch(run, images, batch.get(0).imageId(), batch).remove())));
    }

    /**
     * Removes one project from every {@code shared} image the caller owns: {@code GET
     * /v2/images?owner={me}&visibility=shared} (1 request per page, on the calling thread), then 1 check per
     * image and 1 {@code DELETE} per image it is a member of. Private images are skipped: Glance keeps
     * their old members but hides them, and they regain access only if the image is shared again.
     *
     * @param projectId the project that leaves
     * @return a result per owned shared image
     * @throws dev.glanceshare.core.exception.OpenStackException when the image list itself fails
     */
    public BulkResult offboard(String projectId) {
        Ids.projectId(projectId); // before the image list is requested; oneProject checks it again, for free
        return unshare(oneProject(ownedImageIds(VisibilityFilter.SHARED), projectId));
    }

    /**
     * The caller's accept of many shares: 1 {@code PUT .../members/{me}} per image.
     *
     * @param imageIds images shared with the caller
     * @return a result per image: accepted, or not a member
     */
    public BulkResult accept(Collection<String> imageIds) {
        return setStatus(imageIds, MemberStatus.ACCEPTED);
    }

    /**
     * The caller's reject of many shares: 1 {@code PUT .../members/{me}} per image.
     *
     * @param imageIds images shared with the caller
     * @return a result per image: rejected, or not a member
     */
    public BulkResult reject(Collection<String> imageIds) {
        return setStatus(imageIds, MemberStatus.REJECTED);
    }

    /**
     * Who can boot what: every image the caller owns with its visibility and, for shared images, its
     * members and their status. 1 request per page of {@code GET /v2/images?owner={me}&visibility=all},
     * plus 1 {@code GET .../members} per shared image, run in parallel.
     *
     * @return one entry per owned image, in listing order
     * @throws dev.glanceshare.core.exception.OpenStackException when the image list itself fails
     */
    public List<ImageSharing> audit() {
        return SharingAudit.run(images, ownedImages(VisibilityFilter.ALL), options);
    }

    private BulkResult setStatus(Collection<String> imageIds, MemberStatus status) {
        List<Pair> pairs = pairs(oneProject(imageIds, myProject.get()));
        BulkRun run = new BulkRun(options, pairs.size());
        return run.execute(() -> pairs.forEach(p -> StatusBatch.submit(run, images, p, status)));
    }

    private Iterable<Image> ownedImages(VisibilityFilter visibility) {
        return images.list(ImageListOptions.builder().owner(myProject.get()).visibility(visibility)
                .pageSize(ImageListOptions.MAX_PAGE_SIZE).build());
    }

    private List<String> ownedImageIds(VisibilityFilter visibility) {
        List<String> ids = new ArrayList<>();
        ownedImages(visibility).forEach(image -> ids.add(image.id()));
        return ids;
    }

    private static Map<String, List<String>> oneProject(Collection<String> imageIds, String projectId) {
        Ids.projectId(projectId);
        Objects.requireNonNull(imageIds, "imageIds");
        Map<String, List<String>> map = new LinkedHashMap<>();
        imageIds.forEach(id -> map.put(Ids.imageId(id), List.of(projectId)));
        return map;
    }

    /**
     * Every ID is checked here, before the first request: one malformed ID among thousands fails the whole
     * call with its message, rather than half a run and a result to sift through.
     */
    private static List<Pair> pairs(Map<String, ? extends Collection<String>> projectsByImage) {
        Objects.requireNonNull(projectsByImage, "projectsByImage");
        List<Pair> pairs = new ArrayList<>();
        projectsByImage.forEach((imageId, projects) -> {
            Ids.imageId(imageId);
            Objects.requireNonNull(projects, () -> "projects of image " + imageId);
            for (String projectId : new LinkedHashSet<>(projects)) {
                pairs.add(new Pair(pairs.size(), imageId, Ids.projectId(projectId)));
            }
        });
        return pairs;
    }
}
