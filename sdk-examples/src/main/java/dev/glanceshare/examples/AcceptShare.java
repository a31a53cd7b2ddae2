package dev.glanceshare.examples;

import dev.glanceshare.image.model.Member;

/**
 * The consumer accepts an image shared with it, by name or ID. The image is found even while the share
 * is still pending (the CLI cannot find pending shares by name).
 *
 * <pre>
 * AcceptShare [image-name-or-id]
 * </pre>
 */
public final class AcceptShare {
    private AcceptShare() {}

    /** @param args the image; on the fake it defaults to the seeded image, shared with demo first */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the image
     * @return the membership, accepted
     */
    public static Member run(ExampleCloud cloud, String[] args) {
        String image = Args.image(cloud, args, 0, "AcceptShare <image-name-or-id>");
        cloud.prepareShareOnFake(image);

        Member member = cloud.consumer().images().acceptShare(image);

        Table.of("Image ID", "Member ID", "Status", "Updated").row(member.imageId(), member.memberId(),
                member.status().wireName(), member.updatedAt()).print(cloud.out());
        cloud.printRequestSummary();
        return member;
    }
}
