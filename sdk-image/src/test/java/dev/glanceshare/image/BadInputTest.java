package dev.glanceshare.image;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public method that takes an ID, name or tag, fed hostile input: it must refuse before any
 * request, or send requests only to the path it owns, with the input encoded as one segment.
 */
class BadInputTest extends GlanceWireTest {
    private static final List<String> INPUTS = Arrays.asList(null, "", " ", "\t", "a".repeat(300), "/", "..", ".",
            "?", "#", "%", "%2F", "a b", "a/b", "../../v3/auth/tokens", "x?member_status=all", "x#frag",
            "\u0000", "line\nbreak", "\r\nX-Injected: 1", "é", "画像", "\u202e", IMAGE + "/members", IMAGE + "/../..",
            IMAGE, DEMO, "demo", "cirros-0.6.1-x86_64-disk");

    /** A method under test and the paths it may reach, given the input. */
    private static final class Case {
        final String name;
        final Consumer<String> call;
        final java.util.function.Function<String, List<Pattern>> allowed;

        Case(String name, Consumer<String> call, java.util.function.Function<String, List<Pattern>> allowed) {
            this.name = name;
            this.call = call;
            this.allowed = allowed;
        }
    }

    private static Pattern exact(String path) {
        return Pattern.compile(Pattern.quote(path));
    }

    /** The input as one encoded segment; an input that cannot be one matches no path. */
    private static String seg(String s) {
        try {
            return UriPaths.encodeSegment(s);
        } catch (IllegalArgumentException | NullPointerException notASegment) {
            return "\u0000no-such-segment";
        }
    }

    private List<Case> cases() {
        ImageService images = glance.images();
        String image = "/v2/images/";
        java.util.function.Function<String, List<Pattern>> imagePath = in -> List.of(exact(image + seg(in)));
        java.util.function.Function<String, List<Pattern>> byName = in -> List.of(
                exact(image + seg(in)), Pattern.compile(Pattern.quote("/v2/images") + "(\\?.*)?"));
        java.util.function.Function<String, List<Pattern>> members = in -> List.of(exact(image + seg(in) + "/members"));
        java.util.function.Function<String, List<Pattern>> member = in -> List.of(exact(image + IMAGE + "/members/" + seg(in)));
        return List.of(
                new Case("get", images::get, imagePath),
                new Case("delete", images::delete, imagePath),
                new Case("update", in -> images.update(in, ImageUpdate.builder().name("n").build()), imagePath),
                new Case("makeShared", images::makeShared, imagePath),
                new Case("download", in -> images.download(in).close(), in -> List.of(exact(image + seg(in) + "/file"))),
                new Case("find", images::find, byName),
                new Case("deleteByNameOrId", images::deleteByNameOrId, byName),
                new Case("acceptShare", images::acceptShare, byName),
                new Case("addTag", in -> images.addTag(IMAGE, in), in -> List.of(exact(image + IMAGE + "/tags/" + seg(in)))),
                new Case("removeTag", in -> images.removeTag(IMAGE, in), in -> List.of(exact(image + IMAGE + "/tags/" + seg(in)))),
                new Case("members.list", in -> images.members(in).list(), members),
                new Case("members.add", in -> images.members(IMAGE).add(in), in -> List.of(exact(image + IMAGE + "/members"))),
                new Case("members.get", in -> images.members(IMAGE).get(in), member),
                new Case("members.remove", in -> images.members(IMAGE).remove(in), member),
                new Case("members.removeIfPresent", in -> images.members(IMAGE).removeIfPresent(in), member),
                new Case("members.updateStatus", in -> images.members(IMAGE).updateStatus(in, MemberStatus.ACCEPTED), member));
    }

    @Test
    void noInputReachesAPathItsMethodDoesNotOwn() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody(glanceError(404, "Not Found", "nothing here"))));
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson("{\"images\": []}")));
        int tried = 0;
        int refusedBeforeIo = 0;
        List<String> violations = new ArrayList<>();

        for (Case c : cases()) {
            for (String input : INPUTS) {
                wm.resetRequests();
                tried++;
                try {
                    c.call.accept(input);
                } catch (IllegalArgumentException | NullPointerException refused) {
                    if (requestCount() > 0) {
                        violations.add(c.name + "(" + show(input) + ") refused after sending a request");
                    }
                    refusedBeforeIo++;
                    continue;
                } catch (OpenStackException | IllegalStateException | java.io.UncheckedIOException answered) {
                    // the server's 404 or the unscoped-session check: fine, as long as the path was right
                } catch (Exception other) {
                    violations.add(c.name + "(" + show(input) + ") threw " + other);
                }
                for (ServeEvent e : wm.getAllServeEvents()) {
                    String url = e.getRequest().getUrl();
                    boolean ok = c.allowed.apply(input).stream().anyMatch(p -> p.matcher(url).matches());
                    if (!ok) {
                        violations.add(c.name + "(" + show(input) + ") sent " + e.getRequest().getMethod() + " " + url);
                    }
                }
            }
        }

        assertThat(violations).isEmpty();
        assertThat(tried).isEqualTo(cases().size() * INPUTS.size()).isGreaterThan(400);
        assertThat(refusedBeforeIo).as("most hostile inputs are refused outright").isGreaterThan(tried / 2);
        System.out.printf("BadInputTest: %d method/input pairs tried, %d refused before any request%n", tried,
                refusedBeforeIo);
    }

    @Test
    void nameLookupsCarryTheNameOnlyAsAnEncodedQueryValue() {
        wm.stubFor(get(urlPathEqualTo("/v2/images")).willReturn(okJson("{\"images\": []}")));

        try {
            glance.images().find("x&member_status=pending&owner=evil");
        } catch (OpenStackException expectedNotFound) {
            // nothing matches
        }

        wm.verify(getRequestedFor(urlPathEqualTo("/v2/images"))
                .withQueryParam("name", equalTo("x&member_status=pending&owner=evil"))
                .withQueryParam("member_status", equalTo("all"))
                .withoutQueryParam("owner"));
    }

    private static String show(String input) {
        return input == null ? "null" : "\"" + input.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
