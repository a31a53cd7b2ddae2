package dev.glanceshare.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glanceshare.core.exception.ConfigurationException;
import dev.glanceshare.core.exception.OpenStackException;
import dev.glanceshare.core.http.UriPaths;
import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.ImageService;
import dev.glanceshare.image.MemberAddOptions;
import dev.glanceshare.image.model.ImageCreate;
import dev.glanceshare.image.model.ImageListOptions;
import dev.glanceshare.image.model.ImageUpdate;
import dev.glanceshare.image.model.MemberStatus;
import dev.glanceshare.testing.DemoSeed;
import dev.glanceshare.testing.FakeOpenStack;
import dev.glanceshare.testing.RecordedRequest;
import dev.glanceshare.testing.Service;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile IDs and names through every public method of every module that takes one, against the fake,
 * so that what reaches the wire is what the fake received (its journal). Each input must be refused before
 * any request with a clear message (IllegalArgumentException, NullPointerException naming the parameter,
 * or ConfigurationException), or reach only the paths its method owns, carried as one encoded path segment,
 * one query value or one JSON string. Builders that send nothing must refuse or accept, never fail another
 * way. Complements sdk-image's BadInputTest (WireMock, image methods only). Counts the pairs tried.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "9faa0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String HEX = "4f0e1a2b3c4d5e6f708192a3b4c5d6e7";

    private FakeOpenStack fake;
    private DemoSeed demo;
    private KeystoneSession admin;
    private KeystoneSession session;
    private GlanceClient glance;
    private String mine;
    private List<String> inputs;

    private int tried;
    private int refusedBeforeIo;
    private int requestsChecked;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        mine = fake.seed().image("mine").owner(demo.demoProjectId()).create();
        fake.seed().image("theirs").owner(demo.altProjectId()).member(demo.demoProjectId(), "pending").create();
        session = session("demo");
        admin = session("admin");
        glance = GlanceClient.builder().session(session).build();
        session.authenticate();
        admin.authenticate();
        inputs = Arrays.asList(null, "", " ", "\t", "a".repeat(300), "a".repeat(10_000), "/", "..", ".", "?", "#",
                "%", "%2F", "%00", "a b", "a/b", "a\\b", "../../v3/auth/tokens", "x?member_status=all", "x#frag",
                "x&owner=evil", "x;y", "x=y", "\u0000", "line\nbreak", "\r\nX-Injected: 1", "é", "画像", "\u202e",
                "😀", "\ud800", "\"'<>", "~0~1", "in:\"a,b\"", "null", mine + "/members", mine + "/../..",
                " " + mine, mine, UUID, HEX, demo.demoProjectId(), "demo", "mine");
    }

    @AfterAll
    void stop() {
        glance.close();
        session.close();
        admin.close();
        fake.close();
    }

    private KeystoneSession session(String user) {
        return KeystoneSession.builder().authUrl(fake.identityUrl())
                .credentials(Credentials.password().userName(user).userDomainName(DemoSeed.DOMAIN)
                        .password(DemoSeed.password(user)).build())
                .scope(Scope.projectName(user, DemoSeed.DOMAIN)).build();
    }

    // ---- what a method may reach ----

    /** The input as one encoded segment; an input that cannot be one matches no path. */
    private static String seg(String s) {
        try {
            return UriPaths.encodeSegment(s);
        } catch (IllegalArgumentException | NullPointerException notASegment) {
            return "\u0000none";
        }
    }

    private static Predicate<RecordedRequest> at(String method, String path) {
        return r -> r.method().equals(method) && r.rawPath().equals(path) && r.rawQuery().isEmpty();
    }

    /** A GET of {@code path} whose query, decoded, holds exactly {@code params} (and paging's marker/limit). */
    private static Predicate<RecordedRequest> query(String path, Map<String, String> params) {
        return r -> {
            if (!r.method().equals("GET") || !r.rawPath().equals(path)) {
                return false;
            }
            Map<String, String> got = new LinkedHashMap<>();
            for (String pair : r.rawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || got.put(decode(kv[0]), decode(kv[1])) != null) {
                    return false; // a repeated or malformed parameter: something was injected
                }
            }
            got.remove("marker");
            got.remove("limit");
            return got.equals(params);
        };
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private Predicate<RecordedRequest> byName(String in) {
        // find(): by ID when it is a UUID, then by exact name in every member status; then the follow-up call
        // may only touch an image whose ID or name is the input.
        Set<String> targets = fake.images().stream()
                .filter(i -> i.id().equals(in) || i.name().filter(n -> n.equals(in)).isPresent())
                .map(i -> "/v2/images/" + i.id()).collect(Collectors.toSet());
        return at("GET", "/v2/images/" + seg(in))
                .or(query("/v2/images", Map.of("name", nameFilter(in), "member_status", "all")))
                .or(r -> targets.stream().anyMatch(t -> r.rawPath().equals(t) || r.rawPath().startsWith(t + "/members/")));
    }

    /** The requests a bulk run may send for one image and one project: its check, the image, the member. */
    private static Predicate<RecordedRequest> underImage(String image, String project) {
        String base = "/v2/images/" + seg(image);
        return at("GET", base).or(at("GET", base + "/members")).or(at("POST", base + "/members"))
                .or(at("DELETE", base + "/members/" + seg(project))).or(at("GET", base + "/members/" + seg(project)));
    }

    /** Glance reads op:value in the name filter, so an exact name with a colon goes as eq:name. */
    private static String nameFilter(String in) {
        return in.indexOf(':') >= 0 ? "eq:" + in : in;
    }

    private Predicate<RecordedRequest> projectLookup(String in) {
        String t = in == null ? "" : in.trim();
        return at("POST", "/v3/auth/tokens").or(at("GET", "/v3/projects/" + seg(t)))
                .or(query("/v3/projects", Map.of("name", t))).or(at("GET", "/v3/auth/projects"));
    }

    // ---- the methods ----

    private record Case(String name, Consumer<String> call, Function<String, Predicate<RecordedRequest>> allowed) {}

    private List<Case> cases() {
        ImageService images = glance.images();
        String img = "/v2/images/";
        String me = demo.demoProjectId();
        Function<String, Predicate<RecordedRequest>> image = in -> at("GET", img + seg(in))
                .or(at("PATCH", img + seg(in))).or(at("DELETE", img + seg(in)));
        Function<String, Predicate<RecordedRequest>> member = in -> at("GET", img + mine + "/members/" + seg(in))
                .or(at("PUT", img + mine + "/members/" + seg(in))).or(at("DELETE", img + mine + "/members/" + seg(in)));
        List<Case> cases = new ArrayList<>(List.of(
                new Case("images.get", images::get, image),
                new Case("images.delete", images::delete, image),
                new Case("images.update", in -> images.update(in, ImageUpdate.builder().name("n").build()), image),
                new Case("images.makeShared", images::makeShared, image),
                new Case("images.download", in -> images.download(in).close(), in -> at("GET", img + seg(in) + "/file")),
                new Case("images.upload", in -> images.upload(in, new ByteArrayInputStream(new byte[1]), 1, n -> { }),
                        in -> at("PUT", img + seg(in) + "/file")),
                new Case("images.find", images::find, this::byName),
                new Case("images.deleteByNameOrId", images::deleteByNameOrId, this::byName),
                new Case("images.acceptShare", images::acceptShare, this::byName),
                new Case("images.rejectShare", images::rejectShare, this::byName),
                new Case("images.addTag", in -> images.addTag(mine, in), in -> at("PUT", img + mine + "/tags/" + seg(in))),
                new Case("images.removeTag", in -> images.removeTag(mine, in),
                        in -> at("DELETE", img + mine + "/tags/" + seg(in))),
                new Case("images.list(name)", in -> images.list(ImageListOptions.builder().name(in).build()).stream()
                        .count(), in -> query("/v2/images", Map.of("name", nameFilter(in)))),
                new Case("images.list(owner)", in -> images.list(ImageListOptions.builder().owner(in).build()).stream()
                        .count(), in -> query("/v2/images", Map.of("owner", in))),
                new Case("images.list(tag)", in -> images.list(ImageListOptions.builder().tag(in).build()).stream()
                        .count(), in -> query("/v2/images", Map.of("tag", in))),
                new Case("images.create(name)", in -> images.create(ImageCreate.builder().name(in).build()),
                        in -> at("POST", "/v2/images").and(body(b -> in.equals(b.path("name").asText(null))))),
                new Case("images.create(id)", in -> images.create(ImageCreate.builder().id(in).build()),
                        in -> at("POST", "/v2/images").and(body(b -> in.equals(b.path("id").asText(null))))),
                new Case("images.update(name)", in -> images.update(mine, ImageUpdate.builder().name(in).build()),
                        in -> at("PATCH", img + mine).and(body(b -> in.equals(b.path(0).path("value").asText(null))))),
                new Case("images.update(property)", in -> images.update(mine, ImageUpdate.builder().property(in, "v")
                        .build()), in -> at("PATCH", img + mine).and(body(b -> b.path(0).path("path").asText("")
                        .equals("/" + in.replace("~", "~0").replace("/", "~1"))))),
                new Case("members(id).list", in -> images.members(in).list(), in -> at("GET", img + seg(in) + "/members")),
                new Case("members(id).accept", in -> images.members(in).accept(),
                        in -> at("PUT", img + seg(in) + "/members/" + me)),
                new Case("members(id).reject", in -> images.members(in).reject(),
                        in -> at("PUT", img + seg(in) + "/members/" + me)),
                new Case("members.add", in -> images.members(mine).add(in), in -> at("POST", img + mine + "/members")
                        .and(body(b -> in.equals(b.path("member").asText(null))))),
                new Case("members.add(ignoreExisting)", in -> images.members(mine).add(in, MemberAddOptions.strict()
                        .ignoreExisting()), in -> at("POST", img + mine + "/members").or(member.apply(in))),
                new Case("members.addByName", in -> images.members(mine).addByName(in),
                        in -> projectLookup(in).or(at("POST", img + mine + "/members"))),
                new Case("members.get", in -> images.members(mine).get(in), member),
                new Case("members.remove", in -> images.members(mine).remove(in), member),
                new Case("members.removeIfPresent", in -> images.members(mine).removeIfPresent(in), member),
                new Case("members.updateStatus", in -> images.members(mine).updateStatus(in, MemberStatus.ACCEPTED), member),
                new Case("bulk.share(image)", in -> glance.bulk().share(in, List.of(HEX)), in -> underImage(in, HEX)),
                new Case("bulk.share(project)", in -> glance.bulk().share(List.of(mine), in), in -> underImage(mine, in)
                        .and(r -> !r.method().equals("POST") || body(b -> in.equals(b.path("member").asText(null))).test(r))),
                new Case("bulk.shareByName(image)", in -> glance.bulk().shareByName(in, List.of(HEX)),
                        in -> underImage(in, HEX)),
                new Case("bulk.shareByName(project)", in -> glance.bulk().shareByName(mine,
                        java.util.Collections.singletonList(in)), in -> projectLookup(in).or(underImage(mine, in == null ? "" : in.trim()))),
                new Case("bulk.unshare(image)", in -> glance.bulk().unshare(in, List.of(HEX)), in -> underImage(in, HEX)),
                new Case("bulk.unshare(project)", in -> glance.bulk().unshare(mine, java.util.Collections.singletonList(in)), in -> underImage(mine, in)),
                new Case("bulk.offboard", in -> glance.bulk().offboard(in), in -> query("/v2/images", Map.of("owner", me,
                        "visibility", "shared")).or(r -> fake.images().stream().anyMatch(i -> underImage(i.id(), in).test(r)))),
                new Case("bulk.accept", in -> glance.bulk().accept(java.util.Collections.singletonList(in)),
                        in -> at("PUT", img + seg(in) + "/members/" + me)),
                new Case("bulk.reject", in -> glance.bulk().reject(java.util.Collections.singletonList(in)),
                        in -> at("PUT", img + seg(in) + "/members/" + me)),
                new Case("session.resolveProjectId", session::resolveProjectId, this::projectLookup),
                new Case("admin.resolveProjectId", admin::resolveProjectId, this::projectLookup)));
        return cases;
    }

    private static Predicate<RecordedRequest> body(Predicate<JsonNode> check) {
        return r -> {
            try {
                return check.test(JSON.readTree(r.body()));
            } catch (java.io.IOException e) {
                return false;
            }
        };
    }

    /** A refusal before I/O must be one of these, with a message. */
    private static boolean clearRefusal(RuntimeException e) {
        return (e instanceof IllegalArgumentException || e instanceof NullPointerException
                || e instanceof ConfigurationException || e instanceof IllegalStateException)
                && e.getMessage() != null && !e.getMessage().isBlank();
    }

    @Test
    void noInputReachesAPathItsMethodDoesNotOwn() {
        for (Case c : cases()) {
            for (String in : inputs) {
                if (fake.image(mine).isEmpty()) {
                    fake.seed().image("mine").id(mine).owner(demo.demoProjectId()).create(); // a delete succeeded
                }
                // A null input may reach no request at all: it must be refused before any.
                Predicate<RecordedRequest> allowed = in == null ? r -> false : c.allowed().apply(in);
                fake.journal().clear();
                tried++;
                try {
                    c.call().accept(in);
                } catch (OpenStackException answered) {
                    // the fake's refusal: fine, as long as the requests went where they should
                } catch (RuntimeException e) {
                    if (fake.journal().size() == 0 && clearRefusal(e)) {
                        refusedBeforeIo++;
                        continue;
                    }
                    if (!(e instanceof IllegalStateException)) {
                        violations.add(c.name() + "(" + show(in) + ") threw " + e);
                    }
                }
                for (RecordedRequest r : fake.journal().requests()) {
                    requestsChecked++;
                    if (!allowed.test(r) || r.header("X-Injected").isPresent()) {
                        violations.add(c.name() + "(" + show(in) + ") sent " + r.line());
                    }
                }
            }
        }
        System.out.printf("HostileInputTest: %d methods x %d inputs = %d calls through the SDK, %d refused before any "
                + "request, %d requests checked, %d violations%n", cases().size(), inputs.size(), tried,
                refusedBeforeIo, requestsChecked, violations.size());
        violations.stream().limit(30).forEach(v -> System.out.println("  VIOLATION " + v));
        assertThat(violations).isEmpty();
        assertThat(tried).isEqualTo(cases().size() * inputs.size());
    }

    /** A builder step that sends nothing. */
    private record Step(String name, Consumer<String> call) {}

    private List<Step> builders() {
        Credentials valid = Credentials.password().userId("u").password("p").build();
        return List.of(
                new Step("Scope.projectId", Scope::projectId),
                new Step("Scope.projectName(name)", in -> Scope.projectName(in, "Default")),
                new Step("Scope.projectName(domain)", in -> Scope.projectName("p", in)),
                new Step("Scope.projectNameInDomainId", in -> Scope.projectNameInDomainId("p", in)),
                new Step("Scope.domainId", Scope::domainId),
                new Step("Scope.domainName", Scope::domainName),
                new Step("password.userName", in -> Credentials.password().userName(in).userDomainName("D").password("p").build()),
                new Step("password.userId", in -> Credentials.password().userId(in).password("p").build()),
                new Step("password.userDomainName", in -> Credentials.password().userName("u").userDomainName(in).password("p").build()),
                new Step("password.userDomainId", in -> Credentials.password().userName("u").userDomainId(in).password("p").build()),
                new Step("password.password", in -> Credentials.password().userId("u").password(in).build()),
                new Step("appCredential.id", in -> Credentials.applicationCredential().id(in).secret("s").build()),
                new Step("appCredential.name", in -> Credentials.applicationCredential().name(in).userId("u").secret("s").build()),
                new Step("appCredential.secret", in -> Credentials.applicationCredential().id("c").secret(in).build()),
                new Step("Credentials.token", Credentials::token),
                new Step("KeystoneSession.authUrl", in -> KeystoneSession.builder().authUrl(in).credentials(valid).build().close()),
                new Step("KeystoneSession.region", in -> KeystoneSession.builder().authUrl("http://k/v3").credentials(valid)
                        .region(in).build().close()),
                new Step("KeystoneSession.endpointOverride", in -> KeystoneSession.builder().authUrl("http://k/v3")
                        .credentials(valid).endpointOverride(in, URI.create("http://glance")).build().close()),
                new Step("GlanceClient.region", in -> GlanceClient.builder().session(session).region(in).build().close()),
                new Step("CloudConfig OS_AUTH_URL", in -> cloudConfig("OS_AUTH_URL", in, "OS_USER_ID", "u",
                        "OS_PASSWORD", "p")),
                new Step("CloudConfig OS_USERNAME", in -> cloudConfig("OS_AUTH_URL", "http://k/v3", "OS_USERNAME", in,
                        "OS_USER_DOMAIN_NAME", "Default", "OS_PASSWORD", "p")),
                new Step("CloudConfig OS_PROJECT_NAME", in -> cloudConfig("OS_AUTH_URL", "http://k/v3", "OS_USER_ID",
                        "u", "OS_PASSWORD", "p", "OS_PROJECT_NAME", in, "OS_PROJECT_DOMAIN_NAME", "Default")),
                new Step("CloudConfig OS_REGION_NAME", in -> cloudConfig("OS_AUTH_URL", "http://k/v3", "OS_USER_ID",
                        "u", "OS_PASSWORD", "p", "OS_REGION_NAME", in)),
                new Step("CloudConfig OS_INTERFACE", in -> cloudConfig("OS_AUTH_URL", "http://k/v3", "OS_USER_ID",
                        "u", "OS_PASSWORD", "p", "OS_INTERFACE", in)),
                new Step("CloudConfig OS_CACERT", in -> cloudConfig("OS_AUTH_URL", "http://k/v3", "OS_USER_ID",
                        "u", "OS_PASSWORD", "p", "OS_CACERT", in)),
                new Step("ImageListOptions.name", in -> ImageListOptions.builder().name(in).build()),
                new Step("ImageCreate.diskFormat", in -> ImageCreate.builder().diskFormat(in).build()),
                new Step("ImageCreate.property", in -> ImageCreate.builder().putProperties(in, "v").build()),
                new Step("ImageUpdate.removeProperty", in -> ImageUpdate.builder().removeProperty(in).build()),
                new Step("FakeOpenStack.region", in -> FakeOpenStack.builder().region(in)),
                new Step("FakeOpenStack.imagePathPrefix", in -> FakeOpenStack.builder().imagePathPrefix(in)));
    }

    /** Loads a configuration from environment variables given as name, value pairs; a null value is left out. */
    private static void cloudConfig(String... pairs) {
        Map<String, String> env = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                env.put(pairs[i], pairs[i + 1]);
            }
        }
        dev.glanceshare.identity.CloudConfig.fromEnvironment(env).toSessionBuilder().build().close();
    }

    @Test
    void buildersRefuseWithAMessageOrAcceptAndNeverFailAnotherWay() {
        int steps = 0;
        int refused = 0;
        List<String> bad = new ArrayList<>();
        for (Step step : builders()) {
            for (String in : inputs) {
                steps++;
                try {
                    step.call().accept(in);
                } catch (RuntimeException e) {
                    if (clearRefusal(e)) {
                        refused++;
                    } else {
                        bad.add(step.name() + "(" + show(in) + ") threw " + e);
                    }
                }
            }
        }
        System.out.printf("HostileInputTest: %d builder steps x %d inputs = %d, %d refused with a message, %d failed "
                + "another way%n", builders().size(), inputs.size(), steps, refused, bad.size());
        bad.stream().limit(30).forEach(v -> System.out.println("  BAD " + v));
        assertThat(bad).isEmpty();
    }

    @Test
    void valuesBuildersAcceptTravelOnlyAsOneJsonStringOrOneHeader() {
        int sessions = 0;
        List<String> bad = new ArrayList<>();
        Map<String, Function<String, Credentials>> credentials = new LinkedHashMap<>();
        credentials.put("user name", in -> Credentials.password().userName(in).userDomainName("Default").password("p").build());
        credentials.put("user ID", in -> Credentials.password().userId(in).password("p").build());
        credentials.put("password", in -> Credentials.password().userName("demo").userDomainName("Default").password(in).build());
        credentials.put("app credential ID", in -> Credentials.applicationCredential().id(in).secret("s").build());
        credentials.put("app credential secret", in -> Credentials.applicationCredential().id("c").secret(in).build());
        credentials.put("token", Credentials::token);
        for (Map.Entry<String, Function<String, Credentials>> c : credentials.entrySet()) {
            for (String in : inputs) {
                Credentials creds;
                try {
                    creds = c.getValue().apply(in);
                } catch (RuntimeException refused) {
                    continue; // the builders' refusals are the test above
                }
                sessions++;
                fake.journal().clear();
                try (KeystoneSession s = KeystoneSession.builder().authUrl(fake.identityUrl()).credentials(creds)
                        .transport(session.transport()).build()) {
                    s.authenticate();
                } catch (OpenStackException | IllegalArgumentException expected) {
                    // refused by Keystone, or by the transport for a header it cannot send
                }
                String value = c.getKey().equals("token") || c.getKey().contains("secret") || c.getKey().equals("password")
                        ? in : in.trim();
                for (RecordedRequest r : fake.journal().requests()) {
                    boolean ok = r.service() == Service.IDENTITY && r.rawPath().equals("/v3/auth/tokens")
                            && r.header("X-Injected").isEmpty()
                            && (c.getKey().equals("token") ? r.header("X-Auth-Token").orElse("").equals(value.trim())
                                    : body(b -> b.toString().contains(JSON.valueToTree(value).toString())).test(r));
                    if (!ok) {
                        bad.add(c.getKey() + "(" + show(in) + ") sent " + r.line() + " " + r.headers().keySet());
                    }
                }
            }
        }
        System.out.printf("HostileInputTest: %d sessions built from hostile credentials, %d bad requests%n", sessions,
                bad.size());
        bad.stream().limit(30).forEach(v -> System.out.println("  BAD " + v));
        assertThat(bad).isEmpty();
    }

    private static String show(String in) {
        if (in == null) {
            return "null";
        }
        String cut = in.length() > 40 ? in.substring(0, 40) + "...(" + in.length() + ")" : in;
        StringBuilder s = new StringBuilder("\"");
        cut.chars().forEach(c -> s.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return s.append('"').toString();
    }
}
