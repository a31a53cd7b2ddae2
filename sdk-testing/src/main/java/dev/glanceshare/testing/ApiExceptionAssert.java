package dev.glanceshare.testing;

import dev.glanceshare.core.exception.ApiException;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * AssertJ assertions for the SDK's {@link ApiException}: status, request, request id and the server's
 * cleaned message. Obtain one from {@link OpenStackAssertions}.
 *
 * <pre>{@code
 * assertThatApiException(() -> glance.images().members(id).add(project))
 *     .isConflict()
 *     .hasMethod("POST")
 *     .hasServerMessageContaining("is duplicated");
 * }</pre>
 */
public final class ApiExceptionAssert extends AbstractThrowableAssert<ApiExceptionAssert, ApiException> {

    ApiExceptionAssert(ApiException actual) {
        super(actual, ApiExceptionAssert.class);
    }

    /**
     * @param status the expected HTTP status
     * @return this assertion
     */
    public ApiExceptionAssert hasStatus(int status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected status %d but was %d: %s", status, actual.status(), actual.getMessage());
        }
        return this;
    }

    /** @return this assertion, after checking the status is 400 */
    public ApiExceptionAssert isBadRequest() { return hasStatus(400); }

    /** @return this assertion, after checking the status is 401 */
    public ApiExceptionAssert isUnauthorized() { return hasStatus(401); }

    /** @return this assertion, after checking the status is 403 */
    public ApiExceptionAssert isForbidden() { return hasStatus(403); }

    /** @return this assertion, after checking the status is 404 */
    public ApiExceptionAssert isNotFound() { return hasStatus(404); }

    /** @return this assertion, after checking the status is 409 */
    public ApiExceptionAssert isConflict() { return hasStatus(409); }

    /** @return this assertion, after checking the status is 413 */
    public ApiExceptionAssert isQuotaExceeded() { return hasStatus(413); }

    /**
     * @param method such as {@code POST}
     * @return this assertion
     */
    public ApiExceptionAssert hasMethod(String method) {
        isNotNull();
        if (!actual.method().equals(method)) {
            failWithMessage("Expected method %s but was %s", method, actual.method());
        }
        return this;
    }

    /**
     * @param path the request's raw path, such as {@code /v2/images/x/members}
     * @return this assertion
     */
    public ApiExceptionAssert hasPath(String path) {
        isNotNull();
        if (!path.equals(actual.uri().getRawPath())) {
            failWithMessage("Expected path %s but was %s", path, actual.uri().getRawPath());
        }
        return this;
    }

    /**
     * @param message the exact cleaned server message
     * @return this assertion
     */
    public ApiExceptionAssert hasServerMessage(String message) {
        isNotNull();
        if (!actual.serverMessage().equals(message)) {
            failWithMessage("Expected server message%n  <%s>%nbut was%n  <%s>", message, actual.serverMessage());
        }
        return this;
    }

    /**
     * @param part text the cleaned server message contains
     * @return this assertion
     */
    public ApiExceptionAssert hasServerMessageContaining(String part) {
        isNotNull();
        if (!actual.serverMessage().contains(part)) {
            failWithMessage("Expected server message to contain%n  <%s>%nbut was%n  <%s>", part, actual.serverMessage());
        }
        return this;
    }

    /** @return this assertion, after checking the service sent an {@code x-openstack-request-id} */
    public ApiExceptionAssert hasRequestId() {
        isNotNull();
        if (actual.requestId().isEmpty()) {
            failWithMessage("Expected a request id, but the response had none: %s", actual.getMessage());
        }
        return this;
    }
}
