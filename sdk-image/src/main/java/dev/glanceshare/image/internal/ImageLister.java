package dev.glanceshare.image.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.Page;
import dev.glanceshare.core.Paged;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Lazy paging over {@code GET /v2/images}, following Glance's relative {@code next} links. */
final class ImageLister {
    private final GlanceApi api;

    ImageLister(GlanceApi api) {
        this.api = api;
    }

    Paged<Image> list(ImageListOptions options, Predicate<Image> keep) {
        return Paged.of(() -> page(api.url(options.queryParameters(), "images"), keep),
                uri -> page(uri, keep));
    }

    private Page<Image> page(URI uri, Predicate<Image> keep) {
        return api.getJson(uri, node -> {
            JsonNode images = node.path("images");
            if (!images.isArray()) {
                throw new WireFormatException("image list has no 'images' array");
            }
            List<Image> items = new ArrayList<>();
            for (JsonNode n : images) {
                Image image = ImageJson.image(n);
                if (keep.test(image)) {
                    items.add(image);
                }
            }
            JsonNode next = node.path("next");
            if (!next.isMissingNode() && !next.isNull() && !next.isTextual()) {
                throw new WireFormatException("image list 'next' is not a string");
            }
            return Page.of(items, next.isTextual() ? api.resolve(next.asText()) : null);
        });
    }
}
