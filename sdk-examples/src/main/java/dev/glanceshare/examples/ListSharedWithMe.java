package dev.glanceshare.examples;

import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.MemberStatusFilter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The consumer lists images other projects shared with it, by its answer: pending, accepted, rejected
 * or all.
 *
 * <pre>
 * ListSharedWithMe [pending|accepted|rejected|all]
 * </pre>
 */
public final class ListSharedWithMe {
    private ListSharedWithMe() {}

    /** @param args the member status; default {@code all} */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args the member status
     * @return the images listed
     */
    public static List<Image> run(ExampleCloud cloud, String[] args) {
        MemberStatusFilter status = MemberStatusFilter.valueOf(
                Args.get(cloud, args, 0, "all", "ListSharedWithMe [pending|accepted|rejected|all]").toUpperCase(Locale.ROOT));
        cloud.prepareShareOnFake(dev.glanceshare.testing.DemoSeed.IMAGE_NAME);

        List<Image> images = cloud.consumer().images().sharedWithMe(status).stream().collect(Collectors.toList());

        Table table = Table.of("ID", "Name", "Owner", "Status");
        images.forEach(i -> table.row(i.id(), i.name().orElse(""), i.owner().orElse(""), i.status().wireName()));
        table.print(cloud.out());
        cloud.printRequestSummary();
        return images;
    }
}
