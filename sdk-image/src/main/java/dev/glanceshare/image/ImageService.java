package dev.glanceshare.image;

import dev.glanceshare.core.Paged;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatusFilter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Glance v2 images. Obtain it from {@link GlanceClient#images()}. Methods that take an image ID check it
 * is a UUID (Glance IDs always are) and send exactly one request on a warm client; methods that take a
 * name send one more to resolve it. Every failure is a typed exception from
 * {@code dev.glanceshare.core.exception}.
 */
public interface ImageService {

    /**
     * {@code GET /v2/images/{id}}: 1 request.
     *
     * @param imageId the image UUID
     * @return the image
     * @throws dev.glanceshare.core.exception.NotFoundException when it does not exist or the caller cannot see it
     */
    Image get(String imageId);

    /**
     * Finds one image by ID or exact name. A UUID is tried as an ID first ({@code GET /v2/images/{id}}),
     * falling back to the name on 404; anything else goes straight to {@code GET /v2/images?name=...&member_status=all},
     * so images shared with the caller but still pending or rejected are found too. 1 request for an ID
     * or a name, 2 for a UUID-shaped name.
     *
     * @param nameOrId an image UUID or an exact name
     * @return the image
     * @throws dev.glanceshare.core.exception.ResourceNotFoundException naming what was tried
     * @throws dev.glanceshare.core.exception.AmbiguousNameException listing each match's id, owner, created_at and status
     */
    Image find(String nameOrId);

    /**
     * {@code GET /v2/images?...}, lazily: one request per page, sent as the result is iterated.
     *
     * @param options filters, sort and page size
     * @return the images
     */
    Paged<Image> list(ImageListOptions options);

    /**
     * Images other projects shared with the caller, by the caller's answer: {@code GET /v2/images?visibility=shared&member_status=...},
     * leaving out the caller's own images. One request per page.
     *
     * @param status which answers to list; {@link MemberStatusFilter#ALL} for every share
     * @return the images
     */
    Paged<Image> sharedWithMe(MemberStatusFilter status);

    /**
     * {@code POST /v2/images}: 1 request. The image is {@code queued} until data is uploaded.
     *
     * @param create the new image's fields
     * @return the created image
     */
    Image create(ImageCreate create);

    /**
     * {@code PUT /v2/images/{id}/file}: streams a file without buffering it; 1 request.
     *
     * @param imageId the image UUID; the image must be {@code queued}
     * @param file the data
     * @param progress called with the bytes sent so far; use {@code n -> {}} for none
     */
    void upload(String imageId, Path file, LongConsumer progress);

    /**
     * {@code PUT /v2/images/{id}/file}: streams data without buffering it; 1 request. The stream is read
     * once and not closed; a failed upload is not retried.
     *
     * @param imageId the image UUID
     * @param data the data
     * @param length its length in bytes, or -1 if unknown (sent chunked)
     * @param progress called with the bytes sent so far
     */
    void upload(String imageId, InputStream data, long length, LongConsumer progress);

    /**
     * {@code GET /v2/images/{id}/file}: 1 request. Close the returned stream to free the connection.
     *
     * @param imageId the image UUID
     * @return the data, streaming
     */
    ImageDownload download(String imageId);

    /**
     * {@code PATCH /v2/images/{id}} with a JSON patch: 1 request.
     *
     * @param imageId the image UUID
     * @param update the changes
     * @return the updated image
     */
    Image update(String imageId, ImageUpdate update);

    /**
     * Makes an image {@code shared} so members can be added: 1 request ({@code GET}) when it already is,
     * 2 ({@code GET}, {@code PATCH}) when it is private. Refuses public and community images, since
     * changing those would hide them from everyone who uses them now.
     *
     * @param imageId the image UUID
     * @return the image, now shared
     * @throws ImageNotShareableException for a public or community image
     */
    Image makeShared(String imageId);

    /**
     * {@code DELETE /v2/images/{id}}: 1 request.
     *
     * @param imageId the image UUID
     * @throws dev.glanceshare.core.exception.ForbiddenException when it is protected or not the caller's
     */
    void delete(String imageId);

    /**
     * Deletes by name or ID, through {@link #find}: 2 requests (3 for a UUID-shaped name).
     *
     * @param nameOrId an image UUID or exact name
     * @return the ID of the deleted image
     */
    String deleteByNameOrId(String nameOrId);

    /**
     * {@code PUT /v2/images/{id}/tags/{tag}}: 1 request; adding a tag twice is harmless.
     *
     * @param imageId the image UUID
     * @param tag the tag
     */
    void addTag(String imageId, String tag);

    /**
     * {@code DELETE /v2/images/{id}/tags/{tag}}: 1 request.
     *
     * @param imageId the image UUID
     * @param tag the tag
     * @throws dev.glanceshare.core.exception.NotFoundException when the image has no such tag
     */
    void removeTag(String imageId, String tag);

    /**
     * The member list of one image. No request is sent until a method of the view is called.
     *
     * @param imageId the image UUID
     * @return the view
     */
    MemberService members(String imageId);

    /**
     * The consumer's accept: finds the image by name or ID among every share (pending, accepted or
     * rejected) and sets the caller's member status to accepted. 2 requests.
     *
     * @param nameOrId an image UUID or exact name
     * @return the caller's membership, now accepted
     */
    dev.glanceshare.image.model.Member acceptShare(String nameOrId);

    /**
     * The consumer's reject, like {@link #acceptShare}. 2 requests.
     *
     * @param nameOrId an image UUID or exact name
     * @return the caller's membership, now rejected
     */
    dev.glanceshare.image.model.Member rejectShare(String nameOrId);
}
