package example.glanceshare.boot;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.model.Member;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shares an image with a project, and takes the share back, on request. */
@RestController
public class SharingController {
    private final GlanceClient glance;

    /** @param glance the starter's client */
    public SharingController(GlanceClient glance) {
        this.glance = glance;
    }

    /**
     * @param imageId the image
     * @param projectId the project to share it with
     * @return the membership: the project then accepts it
     */
    @PostMapping("/images/{imageId}/members/{projectId}")
    public Map<String, String> share(@PathVariable String imageId, @PathVariable String projectId) {
        Member member = glance.images().members(imageId).add(projectId);
        return Map.of("imageId", member.imageId(), "memberId", member.memberId(),
                "status", member.status().wireName());
    }

    /**
     * @param imageId the image
     * @param projectId the project to take the share from
     * @return 204
     */
    @DeleteMapping("/images/{imageId}/members/{projectId}")
    public ResponseEntity<Void> unshare(@PathVariable String imageId, @PathVariable String projectId) {
        glance.images().members(imageId).remove(projectId);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param e Glance's refusal
     * @return the same status, with Glance's message and request id (no secret is in either)
     */
    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Map<String, String>> refused(ApiException e) {
        return ResponseEntity.status(e.status()).body(Map.of("error", e.serverMessage(),
                "requestId", e.requestId().orElse("")));
    }
}
