package dev.glanceshare.image.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.core.json.JsonDecoder;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.Member;
import java.io.IOException;
import java.util.List;

/**
 * Maps Glance's JSON to the models and back, by hand rather than by annotations: every field is checked,
 * so a malformed body becomes a clear {@link WireFormatException} instead of a half-filled model.
 */
public final class ImageJson {
    private static final JsonCodec JSON = JsonCodec.standard();

    private ImageJson() {}

    /**
     * @param node a Glance image object
     * @return the image
     */
    public static Image image(JsonNode node) {
        return fromTree(node, "image", ImageReader::image);
    }

    /**
     * Writes an image in Glance's shape; used by round-trip tests and by tools that export images.
     *
     * @param image the image
     * @return its JSON object
     */
    public static ObjectNode toJson(Image image) {
        ObjectNode n = JSON.objectNode();
        n.put("id", image.id());
        image.name().ifPresentOrElse(v -> n.put("name", v), () -> n.putNull("name"));
        n.put("status", image.status().wireName());
        n.put("visibility", image.visibility().wireName());
        n.put("protected", image.isProtected());
        n.put("os_hidden", image.isHidden());
        image.owner().ifPresent(v -> n.put("owner", v));
        image.checksum().ifPresentOrElse(v -> n.put("checksum", v), () -> n.putNull("checksum"));
        image.hashAlgorithm().ifPresentOrElse(v -> n.put("os_hash_algo", v), () -> n.putNull("os_hash_algo"));
        image.hashValue().ifPresentOrElse(v -> n.put("os_hash_value", v), () -> n.putNull("os_hash_value"));
        if (image.size().isPresent()) {
            n.put("size", image.size().getAsLong());
        } else {
            n.putNull("size");
        }
        if (image.virtualSize().isPresent()) {
            n.put("virtual_size", image.virtualSize().getAsLong());
        } else {
            n.putNull("virtual_size");
        }
        n.put("min_disk", image.minDisk());
        n.put("min_ram", image.minRam());
        image.diskFormat().ifPresentOrElse(v -> n.put("disk_format", v), () -> n.putNull("disk_format"));
        image.containerFormat().ifPresentOrElse(v -> n.put("container_format", v), () -> n.putNull("container_format"));
        n.put("created_at", image.createdAt().toString());
        n.put("updated_at", image.updatedAt().toString());
        image.tags().forEach(n.putArray("tags")::add);
        if (image.tags().isEmpty()) {
            n.putArray("tags");
        }
        image.properties().forEach(n::put);
        return n;
    }

    /**
     * @param node a Glance member object
     * @return the member
     */
    public static Member member(JsonNode node) {
        return fromTree(node, "member", ImageReader::member);
    }

    /**
     * @param member a member
     * @return its JSON object in Glance's shape
     */
    public static ObjectNode toJson(Member member) {
        ObjectNode n = JSON.objectNode();
        n.put("created_at", member.createdAt().toString());
        n.put("image_id", member.imageId());
        n.put("member_id", member.memberId());
        n.put("status", member.status().wireName());
        n.put("updated_at", member.updatedAt().toString());
        return n;
    }

    /**
     * @param node {@code {"members": [...]}}
     * @return the members
     */
    public static List<Member> members(JsonNode node) {
        return fromTree(node, "member list", ImageReader::members);
    }

    /** The tree is read through the same streaming code as a body, so both ways give the same models. */
    private static <T> T fromTree(JsonNode node, String what, JsonDecoder<T> reader) {
        if (node == null) {
            throw new WireFormatException("expected a JSON object for the " + what);
        }
        try (JsonParser p = node.traverse()) {
            p.nextToken();
            return reader.decode(p);
        } catch (IOException e) {
            throw new WireFormatException("the " + what + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * @param create what to create
     * @return the {@code POST /v2/images} body
     */
    public static ObjectNode createBody(ImageCreate create) {
        ObjectNode n = JSON.objectNode();
        create.name().ifPresent(v -> n.put("name", v));
        create.id().ifPresent(v -> n.put("id", v));
        create.visibility().ifPresent(v -> n.put("visibility", v.wireName()));
        create.diskFormat().ifPresent(v -> n.put("disk_format", v));
        create.containerFormat().ifPresent(v -> n.put("container_format", v));
        create.minDisk().ifPresent(v -> n.put("min_disk", v));
        create.minRam().ifPresent(v -> n.put("min_ram", v));
        create.isProtected().ifPresent(v -> n.put("protected", v));
        if (!create.tags().isEmpty()) {
            create.tags().forEach(n.putArray("tags")::add);
        }
        create.properties().forEach(n::put);
        return n;
    }

    /**
     * @param update the changes
     * @return the JSON patch array
     */
    public static JsonNode patchBody(ImageUpdate update) {
        var array = JSON.arrayNode();
        for (ImageUpdate.PatchOperation op : update.operations()) {
            ObjectNode o = array.addObject().put("op", op.op()).put("path", op.path());
            if (!"remove".equals(op.op())) {
                o.set("value", JSON.toTree(op.value()));
            }
        }
        return array;
    }
}
