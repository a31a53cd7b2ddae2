package dev.glanceshare.image.internal;

import dev.glanceshare.core.Paged;
import dev.glanceshare.core.Session;
import dev.glanceshare.core.exception.AmbiguousNameException;
import dev.glanceshare.core.exception.NotFoundException;
import dev.glanceshare.core.exception.ResourceNotFoundException;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.RequestBody;
import dev.glanceshare.image.ImageDownload;
import dev.glanceshare.image.ImageNotShareableException;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.MemberService;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.MemberStatusFilter;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.image.model.VisibilityFilter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The {@link ImageService} on a {@link GlanceApi}. */
public final class DefaultImageService implements ImageService {
    private static final String OCTET_STREAM = "application/octet-stream";

    private final GlanceApi api;
    private final Session session;
    private final ImageLister lister;

    /**
     * @param api the Glance requests
     * @param session for the caller's project ID and project lookups
     */
    public DefaultImageService(GlanceApi api, Session session) {
        this.api = Objects.requireNonNull(api);
        this.session = Objects.requireNonNull(session);
        this.lister = new ImageLister(api);
    }

    @Override
    public Image get(String imageId) {
        return api.getJson(api.url("images", Ids.imageId(imageId)), "image", ImageReader::image);
    }

    @Override
    public Image find(String nameOrId) {
        Ids.nameOrId(nameOrId);
        boolean triedId = false;
        if (Ids.isUuid(nameOrId)) {
            try {
                return get(nameOrId);
            } catch (NotFoundException e) {
                triedId = true; // a UUID-shaped name is possible, if unusual
            }
        }
        ImageListOptions byName = ImageListOptions.builder()
                .name(nameOrId).memberStatus(MemberStatusFilter.ALL).pageSize(ImageListOptions.MAX_PAGE_SIZE).build();
        List<Image> matches = lister.list(byName, i -> i.name().filter(nameOrId::equals).isPresent())
                .stream().collect(Collectors.toList());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new ResourceNotFoundException("No image found for '" + Ids.printable(nameOrId) + "' (tried "
                    + (triedId ? "it as an ID (404), then " : "") + "as an exact name in every member status)");
        }
        throw new AmbiguousNameException("image", nameOrId, matches.stream()
                .map(i -> i.id() + " owner=" + i.owner().orElse("-") + " created_at=" + i.createdAt()
                        + " status=" + i.status().wireName())
                .collect(Collectors.toList()));
    }

    @Override
    public Paged<Image> list(ImageListOptions options) {
        return lister.list(Objects.requireNonNull(options, "options"), i -> true);
    }

    @Override
    public Paged<Image> sharedWithMe(MemberStatusFilter status) {
        ImageListOptions options = ImageListOptions.builder()
                .visibility(VisibilityFilter.SHARED).memberStatus(Objects.requireNonNull(status, "status")).build();
        Optional<String> me = session.projectId();
        // Glance lists the caller's own shared images too; those were not shared *with* it.
        return lister.list(options, i -> me.isEmpty() || !i.owner().equals(me));
    }

    @Override
    public Image create(ImageCreate create) {
        Objects.requireNonNull(create, "create");
        return api.sendJson("POST", api.url("images"), ImageJson.createBody(create), "application/json",
                "image", ImageReader::image);
    }

    @Override
    public void upload(String imageId, Path file, LongConsumer progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Not a readable file: " + file);
        }
        uploadBody(imageId, new ProgressBody(RequestBody.of(file, OCTET_STREAM), progress));
    }

    @Override
    public void upload(String imageId, InputStream data, long length, LongConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        uploadBody(imageId, new ProgressBody(RequestBody.of(data, length, OCTET_STREAM), progress));
    }

    private void uploadBody(String imageId, RequestBody body) {
        api.send(api.request("PUT", api.url("images", Ids.imageId(imageId), "file")).body(body).build());
    }

    @Override
    public ImageDownload download(String imageId) {
        HttpRequest request = HttpRequest.builder("GET", api.url("images", Ids.imageId(imageId), "file")).build();
        HttpResponse response = api.open(request);
        // Closing the download closes the body stream, which releases the connection.
        return new ImageDownload(response.body(), response.contentLength(),
                response.headers().first("Content-MD5").orElse(null));
    }

    @Override
    public Image update(String imageId, ImageUpdate update) {
        Objects.requireNonNull(update, "update");
        return api.sendJson("PATCH", api.url("images", Ids.imageId(imageId)), ImageJson.patchBody(update),
                GlanceApi.JSON_PATCH, "image", ImageReader::image);
    }

    @Override
    public Image makeShared(String imageId) {
        Image image = get(imageId);
        if (image.visibility() == Visibility.SHARED) {
            return image;
        }
        if (image.visibility() != Visibility.PRIVATE) {
            throw new ImageNotShareableException(imageId, image.visibility());
        }
        return update(imageId, ImageUpdate.builder().visibility(Visibility.SHARED).build());
    }

    @Override
    public void delete(String imageId) {
        api.send(api.request("DELETE", api.url("images", Ids.imageId(imageId))).build());
    }

    @Override
    public String deleteByNameOrId(String nameOrId) {
        String id = find(nameOrId).id();
        delete(id);
        return id;
    }

    @Override
    public void addTag(String imageId, String tag) {
        api.send(api.request("PUT", api.url("images", Ids.imageId(imageId), "tags", Ids.tag(tag))).build());
    }

    @Override
    public void removeTag(String imageId, String tag) {
        api.send(api.request("DELETE", api.url("images", Ids.imageId(imageId), "tags", Ids.tag(tag))).build());
    }

    @Override
    public MemberService members(String imageId) {
        return new DefaultMemberService(api, session, this, Ids.imageId(imageId));
    }

    @Override
    public Member acceptShare(String nameOrId) {
        return members(find(nameOrId).id()).updateStatus(myProject(), MemberStatus.ACCEPTED);
    }

    @Override
    public Member rejectShare(String nameOrId) {
        return members(find(nameOrId).id()).updateStatus(myProject(), MemberStatus.REJECTED);
    }

    String myProject() {
        return session.projectId().orElseThrow(() -> new IllegalStateException(
                "The session is not scoped to a project, so it has no member status to set: "
                        + "authenticate with a project scope"));
    }
}
