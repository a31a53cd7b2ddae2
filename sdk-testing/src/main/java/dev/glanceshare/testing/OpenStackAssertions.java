package dev.glanceshare.testing;

import dev.glanceshare.core.exception.ApiException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Entry points for assertions on the SDK's exceptions, beside AssertJ's own.
 *
 * <pre>{@code
 * import static dev.glanceshare.testing.OpenStackAssertions.assertThatApiException;
 *
 * assertThatApiException(() -> glance.images().get(strangersImage)).isNotFound().hasRequestId();
 * }</pre>
 */
public final class OpenStackAssertions {
    private OpenStackAssertions() {}

    /**
     * @param exception an exception the SDK threw
     * @return assertions on it
     */
    public static ApiExceptionAssert assertThat(ApiException exception) {
        return new ApiExceptionAssert(exception);
    }

    /**
     * Runs a call that must fail with an {@link ApiException}, and returns assertions on it.
     *
     * @param call the call
     * @return assertions on the exception it threw
     * @throws AssertionError when it threw nothing or something else
     */
    public static ApiExceptionAssert assertThatApiException(ThrowingCallable call) {
        Throwable thrown = Assertions.catchThrowable(call);
        if (thrown == null) {
            throw new AssertionError("Expected the call to fail with an ApiException, but it succeeded");
        }
        if (!(thrown instanceof ApiException)) {
            AssertionError e = new AssertionError("Expected an ApiException, but the call threw " + thrown);
            e.initCause(thrown);
            throw e;
        }
        return new ApiExceptionAssert((ApiException) thrown);
    }
}
