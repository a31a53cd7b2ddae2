package dev.glanceshare.testing.internal.image;

import dev.glanceshare.testing.internal.http.HttpRequest;
import dev.glanceshare.testing.internal.http.HttpResponse;
import dev.glanceshare.testing.internal.http.PyJson;
import dev.glanceshare.testing.internal.http.QueryParams;
import dev.glanceshare.testing.internal.http.WebobError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * {@code GET /v2/images}: Glance's visibility union (public and community, owned, shared with the caller
 * in the requested member status; everything for an admin), filters, multi-key sorting, marker paging and
 * the relative {@code first}/{@code next} links.
 */
final class ImageListing {
    private final GlanceEnv env;

    ImageListing(GlanceEnv env) {
        this.env = env;
    }

    HttpResponse index(Caller caller, HttpRequest request) {
        QueryParams params = QueryParams.parse(request.rawQuery());
        ListQuery q = ListQuery.parse(params);
        ListFilter filter = ListFilter.compile(q);
        Comparator<ImageRecord> order = order(q);
        List<ImageRecord> page = env.store().locked(() -> {
            ImageRecord marker = q.marker().map(m -> marker(caller, m)).orElse(null);
            // The first `limit` images in sort order, kept in a bounded heap whose head is the worst kept: one pass
            // over the store, O(N log limit), copying only the page (a full sort per page made 1M images take hours).
            PriorityQueue<ImageRecord> best = new PriorityQueue<>(q.limit() + 1, order.reversed());
            for (ImageRecord i : env.store().view()) {
                if (q.limit() > 0 && selectable(caller, i, q) && filter.matches(i) && (marker == null || order.compare(i, marker) > 0)
                        && (best.size() < q.limit() || order.compare(i, best.peek()) < 0)) {
                    best.add(i);
                    if (best.size() > q.limit()) {
                        best.poll();
                    }
                }
            }
            List<ImageRecord> out = new ArrayList<>(best.size());
            best.forEach(i -> out.add(i.copy()));
            out.sort(order);
            return out;
        });
        Map<String, String> links = params.asDict();
        links.remove("marker");
        String query = QueryParams.urlencode(links);
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> images = new ArrayList<>();
        page.forEach(i -> images.add(ImageView.image(i)));
        body.put("images", images);
        body.put("first", "/v2/images" + (query.isEmpty() ? "" : "?" + query));
        body.put("schema", "/v2/schemas/images");
        if (!page.isEmpty() && page.size() == q.limit()) {
            links.put("marker", page.get(page.size() - 1).id);
            body.put("next", "/v2/images?" + QueryParams.urlencode(links));
        }
        return HttpResponse.json(200, PyJson.dumps(body, false));
    }

    private ImageRecord marker(Caller caller, String id) {
        if (id.length() > 36) {
            throw WebobError.of(400, "Image with the given id %(image_id)s was not found");
        }
        ImageRecord marker = env.store().get(id)
                .orElseThrow(() -> WebobError.of(400, "No image found with ID " + id));
        if (!caller.canSee(marker)) {
            throw WebobError.of(403, "Forbidding request, image " + id + " not visible");
        }
        return marker;
    }

    // The DB query: an admin sees every image; others see the union below. Then the visibility filter.
    private static boolean selectable(Caller c, ImageRecord i, ListQuery q) {
        String project = c.projectId();
        if (!c.admin()) {
            boolean open = i.visibility.equals("public") || i.visibility.equals("community");
            boolean owned = project != null && project.equals(i.owner);
            boolean shared = i.visibility.equals("shared") && i.members.values().stream()
                    .anyMatch(m -> project == null
                            || (m.memberId().equals(project)
                                    && (q.memberStatus().equals("all") || m.status().equals(q.memberStatus()))));
            if (!open && !owned && !shared) {
                return false;
            }
        }
        String visibility = q.filters().get("visibility");
        if (visibility != null) {
            return visibility.equals("all") || visibility.equals(i.visibility);
        }
        return !i.visibility.equals("community") || (project != null && project.equals(i.owner));
    }

    private static Comparator<ImageRecord> order(ListQuery q) {
        Comparator<ImageRecord> order = null;
        for (int k = 0; k < q.sortKeys().size(); k++) {
            String key = q.sortKeys().get(k);
            Comparator<ImageRecord> c = Comparator.comparing(i -> sortValue(i, key),
                    Comparator.nullsFirst(Comparator.<Comparable<Object>>naturalOrder()));
            if (q.sortDirs().get(k).equals("desc")) {
                c = c.reversed();
            }
            order = order == null ? c : order.thenComparing(c);
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortValue(ImageRecord i, String key) {
        Object v = switch (key) {
            case "name" -> i.name;
            case "status" -> i.status;
            case "container_format" -> i.containerFormat;
            case "disk_format" -> i.diskFormat;
            case "size" -> i.size;
            case "id" -> i.id;
            case "created_at" -> i.createdAt;
            case "updated_at" -> i.updatedAt;
            default -> null;
        };
        return (Comparable<Object>) v;
    }
}
