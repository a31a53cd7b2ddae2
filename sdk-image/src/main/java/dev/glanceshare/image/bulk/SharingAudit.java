package dev.glanceshare.image.bulk;

import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.Visibility;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit's run: images are read page by page on the calling thread, and each shared image's member
 * list is fetched on the dispatcher as soon as its page arrives, so listing and member reads overlap.
 */
final class SharingAudit {
    private SharingAudit() {}

    static List<ImageSharing> run(ImageService images, Iterable<Image> owned, BulkOptions options) {
        List<ImageSharing[]> slots = new ArrayList<>();
        BulkRun.runOn(options, () -> { }, dispatcher -> {
            for (Image image : owned) {
                ImageSharing[] slot = new ImageSharing[1];
                slots.add(slot);
                if (image.visibility() != Visibility.SHARED) {
                    slot[0] = new ImageSharing(image, List.of(), null);
                    continue;
                }
                dispatcher.submit(() -> slot[0] = members(images, image));
            }
        });
        List<ImageSharing> out = new ArrayList<>(slots.size());
        slots.forEach(slot -> out.add(slot[0]));
        return out;
    }

    private static ImageSharing members(ImageService images, Image image) {
        try {
            List<Member> members = images.members(image.id()).list();
            return new ImageSharing(image, members, null);
        } catch (OpenStackException e) {
            return new ImageSharing(image, List.of(), e);
        }
    }
}
