package dev.glanceshare.examples;

import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.MemberStatusFilter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The consumer lists images other projects shared with it, by its answer: pending, accepted, rejected
 * or all (the default, on any cloud).
 *
 * <pre>
 * ListSharedWithMe [pending|accepted|rejected|all]
 * </pre>
 */
public final class ListSharedWithMe {
    private static final String USAGE = "ListSharedWithMe [pending|accepted|rejected|all]";

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
        // the default is the same on every cloud, not only on the fake
        String wanted = args.length > 0 && !args[0].isBlank() ? args[0].trim() : "all";
        MemberStatusFilter status;
        try {
            status = MemberStatusFilter.valueOf(wanted.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("usage: " + USAGE + " (not '" + wanted + "')", e);
        }
        cloud.prepareShareOnFake(dev.glanceshare.testing.DemoSeed.IMAGE_NAME);

        List<Image> images = cloud.consumer().images().sharedWithMe(status).stream().collect(Collectors.toList());

        Table table = Table.of("ID", "Name", "Owner", "Status");
        images.forEach(i -> table.row(i.id(), i.name().orElse(""), i.owner().orElse(""), i.status().wireName()));
        table.print(cloud.out());
        cloud.printRequestSummary();
        return images;
    }
}
