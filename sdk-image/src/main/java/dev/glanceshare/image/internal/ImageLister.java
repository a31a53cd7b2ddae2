package dev.glanceshare.image.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.glanceshare.core.Page;
import dev.glanceshare.core.Paged;
import dev.glanceshare.core.http.RequestUrl;
import dev.glanceshare.image.model.Image;
import dev.glanceshare.image.model.ImageListOptions;
import java.io.IOException;
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
                next -> page(RequestUrl.of(next), keep));
    }

    private Page<Image> page(RequestUrl url, Predicate<Image> keep) {
        return api.getJson(url, "image list", p -> page(p, keep));
    }

    /** Each image is read and kept or dropped as it comes, so a page of 1,000 never exists as a tree. */
    private Page<Image> page(JsonParser p, Predicate<Image> keep) throws IOException {
        List<Image> items = null;
        String next = null;
        if (p.currentToken() == JsonToken.START_OBJECT) {
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                if (field.equals("images")) {
                    items = t == JsonToken.START_ARRAY ? images(p, keep) : null;
                    p.skipChildren();
                } else if (field.equals("next")) {
                    if (t != JsonToken.VALUE_NULL && t != JsonToken.VALUE_STRING) {
                        throw new WireFormatException("image list 'next' is not a string");
                    }
                    next = t == JsonToken.VALUE_STRING ? p.getText() : null;
                } else {
                    p.skipChildren();
                }
            }
        }
        if (items == null) {
            throw new WireFormatException("image list has no 'images' array");
        }
        return Page.of(items, next == null ? null : api.resolve(next));
    }

    private static List<Image> images(JsonParser p, Predicate<Image> keep) throws IOException {
        List<Image> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Image image = ImageReader.image(p);
            if (keep.test(image)) {
                items.add(image);
            }
        }
        return items;
    }
}
