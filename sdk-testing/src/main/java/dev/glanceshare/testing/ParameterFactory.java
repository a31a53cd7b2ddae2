package dev.glanceshare.testing;

import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * Makes one type of test-method parameter from the running fake; {@link FakeOpenStackExtension} uses these
 * to inject parameters. Besides its built-ins ({@link FakeOpenStack} and {@link DemoSeed}), the extension
 * uses factories registered with {@link FakeOpenStackExtension#parameter} and those listed in
 * {@code META-INF/services/dev.glanceshare.testing.ParameterFactory} (which is how ready SDK clients get
 * injected: a factory per client type, reading e.g. a project-name annotation from the parameter).
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOpenStackExtension cloud = FakeOpenStackExtension.perClass()
 *     .parameter(ParameterFactory.of(URI.class, fake -> URI.create(fake.imageUrl())));
 * }</pre>
 *
 * @param <T> the parameter type
 */
public interface ParameterFactory<T> {
    /**
     * Returns the parameter type this factory makes; parameters of exactly this type are resolved by it.
     *
     * @return the type
     */
    Class<T> type();

    /**
     * Makes the value for one parameter. A value that needs cleaning up goes to {@link #closeWhenDone}.
     *
     * @param fake the fake serving the test
     * @param parameter the parameter, for its annotations
     * @param context the test's context
     * @return the value; never null
     */
    T create(FakeOpenStack fake, ParameterContext parameter, ExtensionContext context);

    /**
     * Has JUnit close a resource when a context ends: after the test for a test's context, after the class for
     * a class's. It works on every Jupiter version sdk-testing supports, where a plain {@link AutoCloseable} put
     * in the store is closed only from 5.13 on.
     *
     * @param context the context whose end closes the resource
     * @param resource what to close, such as a client made for the parameter
     */
    static void closeWhenDone(ExtensionContext context, AutoCloseable resource) {
        StoredResource.closeWhenDone(context, java.util.Objects.requireNonNull(resource, "resource"));
    }

    /**
     * Makes a factory from a function of the fake.
     *
     * @param type the parameter type
     * @param function makes the value
     * @param <T> the parameter type
     * @return the factory
     */
    static <T> ParameterFactory<T> of(Class<T> type, Function<FakeOpenStack, T> function) {
        return new ParameterFactory<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public T create(FakeOpenStack fake, ParameterContext parameter, ExtensionContext context) {
                return function.apply(fake);
            }
        };
    }
}
