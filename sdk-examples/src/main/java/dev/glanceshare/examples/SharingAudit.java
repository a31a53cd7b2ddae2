package dev.glanceshare.examples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glanceshare.core.json.JsonCodec;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.ImageSharing;
import dev.glanceshare.image.model.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A security review: who can boot which of the caller's images. Lists every image the caller owns (one
 * request per page) and the members of each shared one (one request each, 8 at a time), then writes
 * {@code sharing-audit.csv} (one row per image and member) and {@code sharing-audit.json}.
 *
 * <pre>
 * SharingAudit [output-directory]
 * </pre>
 * The directory defaults to {@code target/sharing-audit}. On the fake, a few seeded images are shared first.
 */
public final class SharingAudit {
    private SharingAudit() {}

    /**
     * @param args the output directory
     */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the output directory
     * @return the audit
     */
    public static List<ImageSharing> run(ExampleCloud cloud, String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sharing-audit");
        List<String> seeded = cloud.seedImagesOnFake("audited", 3);
        if (!seeded.isEmpty()) {
            List<String> tenants = cloud.seedProjectsOnFake("audit-tenant", 2);
            seeded.forEach(image -> cloud.owner().bulk().share(Map.of(image, tenants)));
            cloud.out().println("(setup on the fake: admin shared 3 images with 2 projects)");
            cloud.trace().clear();
        }

        List<ImageSharing> audit = cloud.owner().bulk(BulkOptions.builder().parallelism(8).build()).audit();

        write(dir.resolve("sharing-audit.csv"), csv(audit));
        write(dir.resolve("sharing-audit.json"), json(audit));
        long members = audit.stream().mapToLong(a -> a.members().size()).sum();
        cloud.out().println("Audited " + audit.size() + " images, " + members + " memberships: "
                + dir.resolve("sharing-audit.csv") + ", " + dir.resolve("sharing-audit.json"));
        cloud.printRequestSummary();
        return audit;
    }

    static String csv(List<ImageSharing> audit) {
        StringBuilder out = new StringBuilder("image_id,image_name,visibility,member_id,member_status,member_since,error\n");
        for (ImageSharing a : audit) {
            String image = cell(a.imageId()) + "," + cell(a.image().name().orElse("")) + ","
                    + a.visibility().name().toLowerCase(java.util.Locale.ROOT) + ",";
            String error = cell(a.error().map(Throwable::getMessage).orElse(""));
            if (a.members().isEmpty()) {
                out.append(image).append(",,,").append(error).append('\n');
            }
            for (Member m : a.members()) {
                out.append(image).append(cell(m.memberId())).append(',').append(m.status().wireName()).append(',')
                        .append(m.createdAt()).append(',').append(error).append('\n');
            }
        }
        return out.toString();
    }

    /** RFC 4180: quote a cell that holds a comma, quote or line break, doubling its quotes. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static String json(List<ImageSharing> audit) {
        JsonCodec codec = JsonCodec.standard();
        ArrayNode images = codec.arrayNode();
        for (ImageSharing a : audit) {
            ObjectNode image = images.addObject().put("id", a.imageId()).put("name", a.image().name().orElse(null))
                    .put("visibility", a.visibility().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode members = image.putArray("members");
            a.members().forEach(m -> members.addObject().put("member_id", m.memberId())
                    .put("status", m.status().wireName()).put("created_at", m.createdAt().toString())
                    .put("updated_at", m.updatedAt().toString()));
            a.error().ifPresent(e -> image.put("error", e.getMessage()));
        }
        ObjectNode root = codec.objectNode();
        root.set("images", images);
        return codec.writeString(root) + "\n";
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
