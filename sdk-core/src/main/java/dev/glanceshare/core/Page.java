package dev.glanceshare.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items and, when the service says more may follow, the absolute URI of the
 * next page.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final List<T> items;
    private final URI next;

    private Page(List<T> items, URI next) {
        this.items = List.copyOf(items);
        this.next = next;
    }

    /**
     * @param items the items on this page
     * @param next the next page's URI, or {@code null} when this is the last page
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(List<T> items, URI next) {
        return new Page<>(Objects.requireNonNull(items, "items"), next);
    }

    /** @return the items, unmodifiable */
    public List<T> items() {
        return items;
    }

    /** @return the next page's URI, if the service gave one */
    public Optional<URI> next() {
        return Optional.ofNullable(next);
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items" + (next == null ? "" : ", next=" + next) + "]";
    }
}
