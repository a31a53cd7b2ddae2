package dev.glanceshare.image.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageFields;
import dev.glanceshare.image.model.ImageStatus;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import dev.glanceshare.core.internal.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        requireObject(node, "image");
        Image.Builder b = Image.builder()
                .id(text(node, "id"))
                .status(ImageStatus.fromWire(text(node, "status")))
                .visibility(Visibility.fromWire(text(node, "visibility")))
                .createdAt(time(node, "created_at"))
                .updatedAt(time(node, "updated_at"));
        optionalText(node, "name").ifPresent(b::name);
        optionalText(node, "owner").ifPresent(b::owner);
        optionalText(node, "checksum").ifPresent(b::checksum);
        optionalText(node, "os_hash_algo").ifPresent(b::hashAlgorithm);
        optionalText(node, "os_hash_value").ifPresent(b::hashValue);
        optionalText(node, "disk_format").ifPresent(b::diskFormat);
        optionalText(node, "container_format").ifPresent(b::containerFormat);
        optionalLong(node, "size").ifPresent(b::size);
        optionalLong(node, "virtual_size").ifPresent(b::virtualSize);
        optionalLong(node, "min_disk").ifPresent(b::minDisk);
        optionalLong(node, "min_ram").ifPresent(b::minRam);
        optionalBoolean(node, "protected").ifPresent(b::isProtected);
        optionalBoolean(node, "os_hidden").ifPresent(b::isHidden);
        JsonNode tags = node.path("tags");
        if (!tags.isMissingNode() && !tags.isNull()) {
            if (!tags.isArray()) {
                throw new WireFormatException("image field 'tags' is not an array");
            }
            tags.forEach(t -> b.addTags(t.asText()));
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!ImageFields.STANDARD.contains(e.getKey()) && !e.getValue().isNull()) {
                b.putProperties(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        return b.build();
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
        requireObject(node, "member");
        return Member.builder()
                .imageId(text(node, "image_id"))
                .memberId(text(node, "member_id"))
                .status(MemberStatus.fromWire(text(node, "status")))
                .createdAt(time(node, "created_at"))
                .updatedAt(time(node, "updated_at"))
                .build();
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
        JsonNode array = node.path("members");
        if (!array.isArray()) {
            throw new WireFormatException("member list has no 'members' array");
        }
        List<Member> out = new ArrayList<>();
        array.forEach(m -> out.add(member(m)));
        return out;
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

    private static void requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new WireFormatException("expected a JSON object for the " + what);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new WireFormatException("field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static java.util.Optional<String> optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.Optional.empty();
        }
        if (!v.isTextual()) {
            throw new WireFormatException("field '" + field + "' is not a string");
        }
        return java.util.Optional.of(v.asText());
    }

    private static java.util.OptionalLong optionalLong(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.OptionalLong.empty();
        }
        if (!v.isIntegralNumber()) {
            throw new WireFormatException("field '" + field + "' is not an integer");
        }
        return java.util.OptionalLong.of(v.asLong());
    }

    private static java.util.Optional<Boolean> optionalBoolean(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.Optional.empty();
        }
        if (!v.isBoolean()) {
            throw new WireFormatException("field '" + field + "' is not a boolean");
        }
        return java.util.Optional.of(v.asBoolean());
    }

    private static Instant time(JsonNode node, String field) {
        String t = text(node, field);
        Instant fast = Timestamps.utc(t);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new WireFormatException("field '" + field + "' is not an ISO-8601 time: " + t);
        }
    }
}
