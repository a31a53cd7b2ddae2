package dev.glanceshare.examples;

import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.VisibilityFilter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists every image the caller may see, like {@code openstack image list --all}: one request per page
 * of up to 1,000 images.
 */
public final class ListImages {
    private ListImages() {}

    /** @param args none */
    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
            run(cloud, args);
        }
    }

    /**
     * @param cloud where to run
     * @param args none
     * @return the images
     */
    public static List<Image> run(ExampleCloud cloud, String[] args) {
        List<Image> images = cloud.owner().images()
                .list(ImageListOptions.builder().visibility(VisibilityFilter.ALL).pageSize(1000).build())
                .stream().collect(Collectors.toList());

        Table table = Table.of("ID", "Name", "Visibility", "Status");
        images.forEach(i -> table.row(i.id(), i.name().orElse(""), i.visibility().wireName(), i.status().wireName()));
        table.print(cloud.out());
        cloud.printRequestSummary();
        return images;
    }
}
