package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Table 3.4: list filters and paging, as owner alt with five images created a second apart. */
class PagingTest extends GlanceFixture {
    private final List<String> ids = new ArrayList<>(); // creation order

    @BeforeEach
    void fiveImages() {
        String[] names = {"err-page-1", "err-page-2", "shared", "priv", "zeta"};
        for (String name : names) {
            clock.advance(Duration.ofSeconds(1));
            ids.add(create(alt, "{\"name\": \"" + name + "\"" + (name.equals("priv") ? ", \"visibility\": \"private\"" : "") + "}"));
        }
    }

    private JsonNode list(String query) {
        Wire.Reply r = get(alt, "/images" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void limitOneGivesANextLinkThatRepeatsTheQuery() {
        JsonNode page = list("?limit=1");
        assertThat(page.get("images").findValuesAsText("id")).containsExactly(ids.get(4)); // newest first
        assertThat(page.get("first").asText()).isEqualTo("/v2/images?limit=1");
        assertThat(page.get("next").asText()).isEqualTo("/v2/images?limit=1&marker=" + ids.get(4));
        JsonNode second = list("?limit=1&marker=" + ids.get(4));
        assertThat(second.get("images").findValuesAsText("id")).containsExactly(ids.get(3));
        assertThat(second.get("first").asText()).isEqualTo("/v2/images?limit=1");
        assertThat(second.get("next").asText()).isEqualTo("/v2/images?limit=1&marker=" + ids.get(3));
    }

    @Test
    void followingNextWalksEveryImageOnceAndAFullLastPageStillHasNext() {
        List<String> seen = new ArrayList<>();
        String next = "/v2/images?limit=5";
        JsonNode page = null;
        while (next != null) {
            page = Wire.get(fake.imageUrl() + next).token(alt).send().json();
            page.get("images").forEach(i -> seen.add(i.get("id").asText()));
            next = page.has("next") ? page.get("next").asText() : null;
        }
        assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(page.get("images")).isEmpty(); // the page after the full last page
        assertThat(page.has("next")).isFalse();
    }

    @Test
    void markerOfTheLastImageGivesAnEmptyPageWithoutNext() {
        JsonNode page = list("?limit=1&marker=" + ids.get(0));
        assertThat(page.get("images")).isEmpty();
        assertThat(page.has("next")).isFalse();
        assertThat(page.get("schema").asText()).isEqualTo("/v2/schemas/images");
    }

    @Test
    void badMarkerAndBadLimitsAre400() {
        assertGlanceError(get(alt, "/images?marker=00000000-0000-4000-8000-000000000000"), 400,
                "No image found with ID 00000000-0000-4000-8000-000000000000");
        assertGlanceError(get(alt, "/images?limit=-1"), 400, "limit param must be positive");
        assertGlanceError(get(alt, "/images?limit=abc"), 400, "limit param must be an integer");
        assertGlanceError(get(alt, "/images?sort_key=bogus"), 400, "Invalid sort key: bogus. It must be one of the"
                + " following: name, status, container_format, disk_format, size, id, created_at, updated_at.");
        assertGlanceError(get(alt, "/images?visibility=bogus"), 400, "Invalid visibility value: bogus");
        assertGlanceError(get(alt, "/images?member_status=bogus"), 400, "Invalid status: bogus");
    }

    @Test
    void limitZeroIsEmptyAndHugeLimitsAreCapped() {
        JsonNode zero = list("?limit=0");
        assertThat(zero.get("images")).isEmpty();
        assertThat(zero.has("next")).isFalse();
        assertThat(zero.get("first").asText()).isEqualTo("/v2/images?limit=0");
        JsonNode huge = list("?limit=100000");
        assertThat(huge.get("images")).hasSize(5);
        assertThat(huge.has("next")).isFalse();
    }

    @Test
    void defaultPageSizeIs25() {
        for (int i = 0; i < 25; i++) {
            fake.seed().image("bulk-" + i).owner(demo.altProjectId()).create();
        }
        JsonNode page = list("");
        assertThat(page.get("images")).hasSize(25);
        assertThat(page.get("first").asText()).isEqualTo("/v2/images");
        assertThat(page.get("next").asText()).startsWith("/v2/images?marker=");
    }

    @Test
    void nameFilterMatchesExactly() {
        assertThat(list("?name=err-page-1").get("images")).hasSize(1);
        JsonNode none = list("?name=err-page");
        assertThat(none.get("images")).isEmpty();
        assertThat(none.get("first").asText()).isEqualTo("/v2/images?name=err-page");
    }

    @Test
    void nameAndFormatFiltersSkipImagesWithoutTheField() {
        // Found by the fuzz: a nameless image made every name filter a 500 (List.contains(null) throws).
        create(alt, "{}");
        assertThat(list("?name=err-page-1").get("images")).hasSize(1);
        assertThat(list("?name=in:err-page-1,zeta").get("images")).hasSize(2);
        assertThat(list("?disk_format=raw").get("images")).isEmpty();
        assertThat(list("?container_format=in:bare,ovf").get("images")).isEmpty();
    }

    @Test
    void classicAndNewSortSyntaxesSortAndEncodeTheColon() {
        JsonNode asc = list("?sort_key=name&sort_dir=asc&limit=2");
        assertThat(asc.get("images").findValuesAsText("name")).containsExactly("err-page-1", "err-page-2");
        assertThat(asc.get("next").asText()).isEqualTo("/v2/images?sort_key=name&sort_dir=asc&limit=2&marker=" + ids.get(1));
        JsonNode desc = list("?sort=name:desc&limit=2");
        assertThat(desc.get("images").findValuesAsText("name")).containsExactly("zeta", "shared");
        assertThat(desc.get("first").asText()).isEqualTo("/v2/images?sort=name%3Adesc&limit=2");
        assertThat(desc.get("next").asText()).isEqualTo("/v2/images?sort=name%3Adesc&limit=2&marker=" + ids.get(2));
        assertThat(list("?sort=name:desc&limit=2&marker=" + ids.get(2)).get("images").findValuesAsText("name"))
                .containsExactly("priv", "err-page-2");
    }

    @Test
    void visibilityAllShowsOnlyWhatTheCallerMaySee() {
        JsonNode all = list("?visibility=all&limit=2");
        assertThat(all.get("images")).hasSize(2);
        assertThat(all.get("next").asText()).isEqualTo("/v2/images?visibility=all&limit=2&marker=" + ids.get(3));
        assertThat(list("?visibility=private").get("images").findValuesAsText("name")).containsExactly("priv");
        JsonNode adminAll = Wire.get(v2("/images?visibility=all")).token(admin).send().json();
        assertThat(adminAll.get("images")).hasSize(6); // alt's five and the seeded cirros image
    }

    @Test
    void unknownParametersFilterCustomProperties() {
        assertThat(list("?foo=bar").get("images")).isEmpty();
        patch(alt, ids.get(0), "[{\"op\": \"add\", \"path\": \"/foo\", \"value\": \"bar\"}]");
        assertThat(list("?foo=bar").get("images").findValuesAsText("id")).containsExactly(ids.get(0));
    }

    @Test
    void tagsStatusProtectedHiddenAndSizeFiltersCombine() {
        patch(alt, ids.get(1), "[{\"op\": \"add\", \"path\": \"/tags\", \"value\": [\"a\", \"b\"]},"
                + " {\"op\": \"replace\", \"path\": \"/protected\", \"value\": true}]");
        patch(alt, ids.get(2), "[{\"op\": \"add\", \"path\": \"/tags\", \"value\": [\"a\"]}]");
        assertThat(list("?tag=a").get("images")).hasSize(2);
        assertThat(list("?tag=a&tag=b").get("images").findValuesAsText("id")).containsExactly(ids.get(1));
        assertThat(list("?protected=true").get("images").findValuesAsText("id")).containsExactly(ids.get(1));
        assertGlanceError(get(alt, "/images?protected=yes"), 400,
                "Invalid value 'yes' for 'protected' filter. Valid values are 'true' or 'false'.");
        patch(alt, ids.get(3), "[{\"op\": \"replace\", \"path\": \"/os_hidden\", \"value\": true}]");
        assertThat(list("").get("images")).hasSize(4);
        assertThat(list("?os_hidden=True").get("images").findValuesAsText("id")).containsExactly(ids.get(3));
        assertThat(list("?status=queued").get("images")).hasSize(4);
        assertThat(list("?status=in:active,killed").get("images")).isEmpty();
        assertThat(list("?size_min=1").get("images")).isEmpty();
        assertGlanceError(get(alt, "/images?size_min=x"), 400, "Unable to filter on a range with a non-numeric value.");
        assertThat(list("?owner=" + demo.altProjectId()).get("images")).hasSize(4);
    }

    @Test
    void timeComparisonsFilterOnCreatedAt() {
        assertThat(list("?created_at=gt:2026-11-22T22:44:03Z").get("images").findValuesAsText("id"))
                .containsExactly(ids.get(4), ids.get(3));
        assertThat(list("?created_at=lte:2026-11-22T22:44:01Z").get("images").findValuesAsText("id"))
                .containsExactly(ids.get(0));
        assertGlanceError(get(alt, "/images?created_at=gt:yesterday"), 400,
                "Bad \"created_at\" query filter format. Use ISO 8601 DateTime notation.");
        assertGlanceError(get(alt, "/images?name=foo:bar"), 400, "Unable to filter by unknown operator 'foo'.");
    }
}
