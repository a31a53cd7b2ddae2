package dev.glanceshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every request the SDK sends has a name from the fixed list, and no ID ever reaches a name. */
class OperationNamesTest {
    @ParameterizedTest
    @CsvSource({
        "image, GET, http://g:9292/, image.versions",
        "image, GET, http://g:9292/v2/images?limit=20, image.list",
        "image, POST, http://g:9292/v2/images, image.create",
        "image, GET, http://g:9292/v2/images/abc, image.get",
        "image, PATCH, http://g:9292/v2/images/abc, image.update",
        "image, DELETE, http://g:9292/v2/images/abc, image.delete",
        "image, PUT, http://g:9292/v2/images/abc/file, image.upload",
        "image, GET, http://g:9292/v2/images/abc/file, image.download",
        "image, PUT, http://g:9292/v2/images/abc/stage, image.stage",
        "image, POST, http://g:9292/v2/images/abc/import, image.import",
        "image, POST, http://g:9292/v2/images/abc/members, image.members.add",
        "image, GET, http://g:9292/v2/images/abc/members, image.members.list",
        "image, GET, http://g:9292/v2/images/abc/members/p1, image.members.get",
        "image, PUT, http://g:9292/v2/images/abc/members/p1, image.members.update",
        "image, DELETE, http://g:9292/v2/images/abc/members/p1, image.members.remove",
        "image, PUT, http://g:9292/v2/images/abc/tags/t%2Fx, image.tags.add",
        "image, DELETE, http://g:9292/v2/images/abc/tags/t, image.tags.remove",
        "image, POST, http://g:9292/v2/images/abc/actions/deactivate, image.deactivate",
        "image, POST, http://g:9292/v2/images/abc/actions/secret-id, image.other",
        "image, GET, http://g:9292/image/v2/images/abc, image.get",
        "image, GET, http://g:9292/v2/schemas/image, image.schemas.get",
        "image, GET, http://g:9292/v2/whatever-9f8e, image.other",
        "identity, GET, http://k:5000/, identity.versions",
        "identity, GET, http://k:5000/v3, identity.versions",
        "identity, POST, http://k:5000/v3/auth/tokens, identity.tokens.issue",
        "identity, GET, http://k:5000/identity/v3/auth/tokens, identity.tokens.validate",
        "identity, GET, http://k:5000/v3/auth/projects, identity.auth.projects.list",
        "identity, GET, http://k:5000/v3/projects?name=demo, identity.projects.list",
        "identity, GET, http://k:5000/v3/projects/0a1b, identity.projects.get",
        "identity, DELETE, http://k:5000/v3/users/0a1b, identity.other",
        "compute, GET, http://n:8774/v2.1/servers, compute.other",
    })
    void names(String service, String method, String uri, String expected) {
        assertThat(OperationNames.of(service, method, URI.create(uri).getRawPath())).isEqualTo(expected);
    }
}
