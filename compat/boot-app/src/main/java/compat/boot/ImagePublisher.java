package compat.boot;

import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.Member;
import org.springframework.stereotype.Service;

/** Shares a golden image, named as people name it, with a tenant project. */
@Service
public class ImagePublisher {
    private final GlanceClient glance;

    ImagePublisher(GlanceClient glance) {
        this.glance = glance;
    }

    public Member publish(String imageName, String projectId) {
        Image image = glance.images().find(imageName);
        return glance.images().members(image.id()).add(projectId);
    }
}
