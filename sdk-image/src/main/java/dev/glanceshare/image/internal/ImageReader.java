package dev.glanceshare.image.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import dev.glanceshare.core.internal.Timestamps;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageStatus;
import dev.glanceshare.image.model.Member;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.image.model.Visibility;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Glance's images and members straight from the parser into the models, with no JSON tree in between
 * (a tree was most of the SDK's own allocation on a call). Every field is checked as it is met, required
 * fields once the object ends, so a malformed body still becomes a {@link WireFormatException} and never a
 * half-filled model. A field sent twice counts once, the last time, as it did in a tree.
 */
final class ImageReader {
    private static final JsonCodec JSON = JsonCodec.standard();

    private ImageReader() {}

    /**
     * @param p on the image object's first token; left on its last
     * @return the image
     * @throws IOException when the bytes are not JSON
     */
    static Image image(JsonParser p) throws IOException {
        requireObject(p, "image");
        String id = null;
        String status = null;
        String visibility = null;
        String createdAt = null;
        String updatedAt = null;
        String name = null;
        String owner = null;
        String checksum = null;
        String hashAlgorithm = null;
        String hashValue = null;
        String diskFormat = null;
        String containerFormat = null;
        Long size = null;
        Long virtualSize = null;
        Long minDisk = null;
        Long minRam = null;
        Boolean isProtected = null;
        Boolean isHidden = null;
        List<String> tags = List.of();
        Map<String, String> properties = Map.of();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "id": id = required(p, field); break;
                case "status": status = required(p, field); break;
                case "visibility": visibility = required(p, field); break;
                case "created_at": createdAt = required(p, field); break;
                case "updated_at": updatedAt = required(p, field); break;
                case "name": name = optionalText(p, field); break;
                case "owner": owner = optionalText(p, field); break;
                case "checksum": checksum = optionalText(p, field); break;
                case "os_hash_algo": hashAlgorithm = optionalText(p, field); break;
                case "os_hash_value": hashValue = optionalText(p, field); break;
                case "disk_format": diskFormat = optionalText(p, field); break;
                case "container_format": containerFormat = optionalText(p, field); break;
                case "size": size = optionalLong(p, field); break;
                case "virtual_size": virtualSize = optionalLong(p, field); break;
                case "min_disk": minDisk = optionalLong(p, field); break;
                case "min_ram": minRam = optionalLong(p, field); break;
                case "protected": isProtected = optionalBoolean(p, field); break;
                case "os_hidden": isHidden = optionalBoolean(p, field); break;
                case "tags": tags = tags(p); break;
                // Links and data the model leaves out: the rest of ImageFields.STANDARD, named here so that the
                // fields of every image skip a set lookup (a test checks that this list and STANDARD agree).
                case "self": case "file": case "schema": case "direct_url": case "locations": case "stores":
                    p.skipChildren();
                    break;
                default:
                    if (t == JsonToken.VALUE_NULL) {
                        if (properties.containsKey(field)) {
                            properties.remove(field); // the last one counts, and null is none
                        }
                    } else {
                        if (properties.isEmpty()) {
                            properties = new LinkedHashMap<>();
                        }
                        properties.put(field, t == JsonToken.VALUE_STRING ? p.getText() : JSON.valueAsJson(p));
                    }
            }
        }
        // Checked in this order, whatever the order on the wire, so one body always gives one message.
        Image.Builder b = Image.builder()
                .id(present(id, "id"))
                .status(ImageStatus.fromWire(present(status, "status")))
                .visibility(Visibility.fromWire(present(visibility, "visibility")))
                .createdAt(time(createdAt, "created_at"))
                .updatedAt(time(updatedAt, "updated_at"));
        if (name != null) {
            b.name(name);
        }
        if (owner != null) {
            b.owner(owner);
        }
        if (checksum != null) {
            b.checksum(checksum);
        }
        if (hashAlgorithm != null) {
            b.hashAlgorithm(hashAlgorithm);
        }
        if (hashValue != null) {
            b.hashValue(hashValue);
        }
        if (diskFormat != null) {
            b.diskFormat(diskFormat);
        }
        if (containerFormat != null) {
            b.containerFormat(containerFormat);
        }
        if (size != null) {
            b.size(size);
        }
        if (virtualSize != null) {
            b.virtualSize(virtualSize);
        }
        if (minDisk != null) {
            b.minDisk(minDisk);
        }
        if (minRam != null) {
            b.minRam(minRam);
        }
        if (isProtected != null) {
            b.isProtected(isProtected);
        }
        if (isHidden != null) {
            b.isHidden(isHidden);
        }
        return b.addAllTags(tags).putAllProperties(properties).build();
    }

    /**
     * @param p on the member object's first token; left on its last
     * @return the member
     * @throws IOException when the bytes are not JSON
     */
    static Member member(JsonParser p) throws IOException {
        requireObject(p, "member");
        String imageId = null;
        String memberId = null;
        String status = null;
        String createdAt = null;
        String updatedAt = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "image_id": imageId = required(p, field); break;
                case "member_id": memberId = required(p, field); break;
                case "status": status = required(p, field); break;
                case "created_at": createdAt = required(p, field); break;
                case "updated_at": updatedAt = required(p, field); break;
                default: p.skipChildren();
            }
        }
        return Member.builder()
                .imageId(present(imageId, "image_id"))
                .memberId(present(memberId, "member_id"))
                .status(MemberStatus.fromWire(present(status, "status")))
                .createdAt(time(createdAt, "created_at"))
                .updatedAt(time(updatedAt, "updated_at"))
                .build();
    }

    /**
     * @param p on the first token of {@code {"members": [...]}}
     * @return the members
     * @throws IOException when the bytes are not JSON
     */
    static List<Member> members(JsonParser p) throws IOException {
        List<Member> out = null;
        if (p.currentToken() == JsonToken.START_OBJECT) {
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                if (field.equals("members") && t == JsonToken.START_ARRAY) {
                    out = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out.add(member(p));
                    }
                } else {
                    out = field.equals("members") ? null : out;
                    p.skipChildren();
                }
            }
        }
        if (out == null) {
            throw new WireFormatException("member list has no 'members' array");
        }
        return out;
    }

    private static void requireObject(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new WireFormatException("expected a JSON object for the " + what);
        }
    }

    /** A required string as met: anything but a non-empty string is remembered as absent. */
    private static String required(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        String text = p.getText();
        return text.isEmpty() ? null : text;
    }

    private static String present(String value, String field) {
        if (value == null) {
            throw new WireFormatException("field '" + field + "' is missing or not a string");
        }
        return value;
    }

    private static String optionalText(JsonParser p, String field) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NULL: return null;
            case VALUE_STRING: return p.getText();
            default: throw new WireFormatException("field '" + field + "' is not a string");
        }
    }

    private static Long optionalLong(JsonParser p, String field) throws IOException {
        switch (p.currentToken()) {
            case VALUE_NULL: return null;
            case VALUE_NUMBER_INT:
                try {
                    return p.getLongValue();
                } catch (InputCoercionException e) {
                    throw new WireFormatException("field '" + field + "' is out of range: " + p.getText());
                }
            default: throw new WireFormatException("field '" + field + "' is not an integer");
        }
    }

    private static Boolean optionalBoolean(JsonParser p, String field) {
        switch (p.currentToken()) {
            case VALUE_NULL: return null;
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: throw new WireFormatException("field '" + field + "' is not a boolean");
        }
    }

    private static List<String> tags(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new WireFormatException("image field 'tags' is not an array");
        }
        List<String> tags = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new WireFormatException("image field 'tags' holds a value that is not a string");
            }
            tags.add(p.getText());
        }
        return tags;
    }

    private static Instant time(String text, String field) {
        String t = present(text, field);
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
