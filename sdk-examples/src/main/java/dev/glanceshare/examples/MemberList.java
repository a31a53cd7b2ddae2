package dev.glanceshare.examples;

import dev.glanceshare.image.model.Member;
import java.util.List;

/**
 * Lists an image's members and their answers, like {@code openstack image member list}.
 *
 * <pre>
 * MemberList [image-name-or-id]
 * </pre>
 */
public final class MemberList {
    private MemberList() {}

    /** @param args the image; on the fake it defaults to the seeded image, shared with demo first */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the image
     * @return the members
     */
    public static List<Member> run(ExampleCloud cloud, String[] args) {
        String image = Args.image(cloud, args, 0, "MemberList <image-name-or-id>");
        cloud.prepareShareOnFake(image);

        List<Member> members = cloud.owner().images().members(cloud.owner().images().find(image).id()).list();

        Table table = Table.of("Image ID", "Member ID", "Status");
        members.forEach(m -> table.row(m.imageId(), m.memberId(), m.status().wireName()));
        table.print(cloud.out());
        cloud.printRequestSummary();
        return members;
    }
}
