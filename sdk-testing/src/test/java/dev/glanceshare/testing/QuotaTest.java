package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table 3.6, with the default quotas of 128 members and 128 tags. */
class QuotaTest extends GlanceFixture {

    @Test
    void member129IsRefusedWith413AndLeavesNothingBehind() {
        String id = create(alt, "{}");
        for (int i = 1; i <= 128; i++) {
            assertThat(post(alt, "/images/" + id + "/members", "{\"member\": \"m" + i + "\"}").status()).isEqualTo(200);
        }
        Wire.Reply r = post(alt, "/images/" + id + "/members", "{\"member\": \"m129\"}");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("{\"message\": \"Image member limit exceeded for image " + id + ": The limit has"
                + " been exceeded on the number of allowed image members for this image. Attempted: 129, Maximum:"
                + " 128:<br /><br />\\n\\n\\n\", \"code\": \"413 Request Entity Too Large\", \"title\": \"Request Entity"
                + " Too Large\"}");
        assertThat(get(alt, "/images/" + id + "/members").json().get("members")).hasSize(128);
        assertThat(fake.members(id)).hasSize(128);
    }

    @Test
    void tag129IsRefusedWith413ButAnExistingTagAtTheLimitIsFine() {
        String id = create(alt, "{}");
        for (int i = 1; i <= 128; i++) {
            assertThat(Wire.request("PUT", v2("/images/" + id + "/tags/t" + i)).token(alt).send().status()).isEqualTo(204);
        }
        Wire.Reply r = Wire.request("PUT", v2("/images/" + id + "/tags/t129")).token(alt).json().send();
        assertGlanceError(r, 413, "Image tag limit exceeded for image " + id + ": The limit has been exceeded on the"
                + " number of allowed image tags. Attempted: 129, Maximum: 128:");
        assertThat(Wire.request("PUT", v2("/images/" + id + "/tags/t1")).token(alt).send().status()).isEqualTo(204);
        assertThat(fake.image(id).orElseThrow().tags()).hasSize(128);
    }
}
