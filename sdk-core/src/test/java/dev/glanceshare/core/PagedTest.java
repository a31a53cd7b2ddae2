package dev.glanceshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagedTest {
    private static final URI FIRST = URI.create("http://glance/v2/images?limit=2");
    private static final URI SECOND = URI.create("http://glance/v2/images?limit=2&marker=b");
    private static final URI THIRD = URI.create("http://glance/v2/images?limit=2&marker=d");

    /** A fake service: pages by URI, recording each fetch. */
    private static final class Service {
        final Map<URI, Page<String>> pages;
        final List<URI> fetched = new ArrayList<>();

        Service(Map<URI, Page<String>> pages) {
            this.pages = pages;
        }

        Page<String> fetch(URI uri) {
            fetched.add(uri);
            Page<String> page = pages.get(uri);
            if (page == null) {
                throw new AssertionError("no page at " + uri);
            }
            return page;
        }

        Paged<String> listing() {
            return Paged.of(() -> fetch(FIRST), this::fetch);
        }
    }

    private static Service threePages() {
        return new Service(Map.of(
                FIRST, Page.of(List.of("a", "b"), SECOND),
                SECOND, Page.of(List.of("c", "d"), THIRD),
                THIRD, Page.of(List.of("e"), null)));
    }

    @Test
    void nothingIsFetchedUntilIterated() {
        Service service = threePages();

        Paged<String> listing = service.listing();
        Iterator<String> items = listing.iterator();
        listing.stream();
        listing.pages();

        assertThat(service.fetched).isEmpty();
        assertThat(items.next()).isEqualTo("a");
        assertThat(service.fetched).containsExactly(FIRST);
    }

    @Test
    void followsNextUntilItIsAbsent() {
        Service service = threePages();

        assertThat(service.listing()).containsExactly("a", "b", "c", "d", "e");
        assertThat(service.fetched).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void streamFetchesOnlyThePagesItConsumes() {
        Service service = threePages();

        assertThat(service.listing().stream().limit(3).collect(Collectors.toList())).containsExactly("a", "b", "c");
        assertThat(service.fetched).containsExactly(FIRST, SECOND);
    }

    @Test
    void stopsWhenANextLinkRepeats() {
        Service service = new Service(Map.of(
                FIRST, Page.of(List.of("a"), SECOND),
                SECOND, Page.of(List.of("b"), SECOND)));

        assertThat(service.listing()).containsExactly("a", "b");
        assertThat(service.fetched).containsExactly(FIRST, SECOND);
    }

    @Test
    void stopsWhenNextLeadsBackToTheFirstPageGivenByUri() {
        Service service = new Service(Map.of(
                FIRST, Page.of(List.of("a"), SECOND),
                SECOND, Page.of(List.of("b"), FIRST)));

        assertThat(Paged.of(FIRST, service::fetch)).containsExactly("a", "b");
        assertThat(service.fetched).containsExactly(FIRST, SECOND);
    }

    @Test
    void stopsAfterAnEmptyPageEvenWithANextLink() {
        // Glance sends next on every full page; a service sending empty pages with new links would never end
        Service service = new Service(Map.of(
                FIRST, Page.of(List.of("a", "b"), SECOND),
                SECOND, Page.of(List.of(), THIRD)));

        assertThat(service.listing()).containsExactly("a", "b");
        assertThat(service.fetched).containsExactly(FIRST, SECOND);
    }

    @Test
    void pagesAreGivenOneByOne() {
        Service service = threePages();

        Iterator<Page<String>> pages = service.listing().pages();

        assertThat(pages.next().items()).containsExactly("a", "b");
        assertThat(service.fetched).containsExactly(FIRST);
        assertThat(pages.next().next()).contains(THIRD);
        assertThat(pages.next().next()).isEmpty();
        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void eachIterationStartsAgainFromTheFirstPage() {
        Service service = threePages();
        Paged<String> listing = service.listing();

        assertThat(listing.stream().count()).isEqualTo(5);
        assertThat(listing).hasSize(5);

        assertThat(service.fetched).containsExactly(FIRST, SECOND, THIRD, FIRST, SECOND, THIRD);
    }

    @Test
    void iteratorPastTheEndThrows() {
        Iterator<String> items = new Service(Map.of(FIRST, Page.of(List.of("a"), null))).listing().iterator();

        items.next();

        assertThat(items.hasNext()).isFalse();
        assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
    }
}
