package dev.glanceshare.core;

import java.net.URI;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing that fetches pages as it is iterated. Nothing is sent until the first item or page is
 * asked for; each page costs one request. Iteration stops when a page has no {@code next} link, when a
 * {@code next} link repeats one already followed (a guard against services that loop), or after an
 * empty page (Glance sends {@code next} on every full page, so the page after the last full one is
 * empty and has none; a service that sent empty pages with fresh links would otherwise never end).
 *
 * <p>Each call to {@link #iterator()}, {@link #stream()} or {@link #pages()} starts again from the first
 * page. The object itself is immutable and may be shared; iterators are not thread-safe.
 *
 * <pre>{@code
 * glance.images().list(ImageListOptions.builder().pageSize(100).build())
 *     .stream()
 *     .filter(image -> image.visibility() == Visibility.SHARED)
 *     .forEach(image -> System.out.println(image.name()));
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
    private final Supplier<Page<T>> first;
    private final Function<URI, Page<T>> next;
    private final URI firstUri;

    private Paged(Supplier<Page<T>> first, Function<URI, Page<T>> next, URI firstUri) {
        this.first = Objects.requireNonNull(first, "first");
        this.next = Objects.requireNonNull(next, "next");
        this.firstUri = firstUri;
    }

    /**
     * @param first fetches the first page
     * @param next fetches the page at a {@code next} URI
     * @param <T> the item type
     * @return the lazy listing
     */
    public static <T> Paged<T> of(Supplier<Page<T>> first, Function<URI, Page<T>> next) {
        return new Paged<>(first, next, null);
    }

    /**
     * A listing whose first page is fetched like every other, from a URI; a {@code next} link back to
     * that first URI then also ends the listing.
     *
     * @param first the first page's URI
     * @param fetch fetches the page at a URI
     * @param <T> the item type
     * @return the lazy listing
     */
    public static <T> Paged<T> of(URI first, Function<URI, Page<T>> fetch) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(fetch, "fetch");
        return new Paged<>(() -> fetch.apply(first), fetch, first);
    }

    /** @return an iterator over the pages, fetching each when it is reached */
    public Iterator<Page<T>> pages() {
        return new PageIterator();
    }

    /** @return an iterator over the items of every page */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = pages();
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** @return a sequential stream of the items, fetching pages as it is consumed */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<URI> followed = new HashSet<>();
        private Page<T> last;
        private boolean started;

        @Override
        public boolean hasNext() {
            if (!started) {
                return true;
            }
            return !last.items().isEmpty() && last.next().filter(uri -> !followed.contains(uri)).isPresent();
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (!started) {
                started = true;
                if (firstUri != null) {
                    followed.add(firstUri);
                }
                last = Objects.requireNonNull(first.get(), "first page");
            } else {
                URI uri = last.next().orElseThrow();
                followed.add(uri);
                last = Objects.requireNonNull(next.apply(uri), "next page");
            }
            return last;
        }
    }
}
