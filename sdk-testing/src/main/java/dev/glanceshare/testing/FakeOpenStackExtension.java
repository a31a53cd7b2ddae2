package dev.glanceshare.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit extension that starts a {@link FakeOpenStack} (with the demo seed) per test class or per test,
 * closes it afterwards, and injects it, its {@link DemoSeed}, and whatever the registered
 * {@link ParameterFactory}s make, into test and lifecycle methods.
 *
 * <p>Use it as {@link WithFakeOpenStack @WithFakeOpenStack}, or register it to configure the fake:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOpenStackExtension cloud = FakeOpenStackExtension.perClass()
 *     .configure(b -> b.imagePathPrefix("/image").latency(RequestClass.MEMBER, Duration.ofMillis(15)));
 *
 * @Test
 * void listsImages(FakeOpenStack fake, DemoSeed demo) { ... }
 * }</pre>
 *
 * <p>Registered on an instance (non-static) field, it can only start a fake per test.
 */
public final class FakeOpenStackExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** When the extension starts a new fake. */
    public enum Lifecycle {
        /** One fake for all tests of a class (state carries over between tests). */
        PER_CLASS,
        /** A fresh fake for every test. */
        PER_TEST
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeOpenStackExtension.class);

    private Lifecycle lifecycle;
    private Boolean demoSeed;
    private UnaryOperator<FakeOpenStackBuilder> configuration = b -> b;
    private final List<ParameterFactory<?>> factories = new ArrayList<>();

    /** Creates an extension configured by the test class's {@link WithFakeOpenStack}, if any. */
    public FakeOpenStackExtension() {
    }

    /** @return an extension sharing one fake across the tests of a class */
    public static FakeOpenStackExtension perClass() {
        FakeOpenStackExtension e = new FakeOpenStackExtension();
        e.lifecycle = Lifecycle.PER_CLASS;
        return e;
    }

    /** @return an extension starting a fresh fake for every test */
    public static FakeOpenStackExtension perTest() {
        FakeOpenStackExtension e = new FakeOpenStackExtension();
        e.lifecycle = Lifecycle.PER_TEST;
        return e;
    }

    /**
     * Adjusts the builder of every fake this extension starts.
     *
     * @param customizer changes the builder and returns it
     * @return this
     */
    public FakeOpenStackExtension configure(UnaryOperator<FakeOpenStackBuilder> customizer) {
        UnaryOperator<FakeOpenStackBuilder> before = configuration;
        Objects.requireNonNull(customizer, "customizer");
        configuration = b -> customizer.apply(before.apply(b));
        return this;
    }

    /**
     * Starts fakes without the demo seed.
     *
     * @return this
     */
    public FakeOpenStackExtension withoutDemoSeed() {
        demoSeed = false;
        return this;
    }

    /**
     * Registers a factory for one more parameter type; it takes precedence over service-loaded ones.
     *
     * @param factory the factory
     * @return this
     */
    public FakeOpenStackExtension parameter(ParameterFactory<?> factory) {
        factories.add(Objects.requireNonNull(factory, "factory"));
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (lifecycle(context) == Lifecycle.PER_CLASS) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (lifecycle(context) == Lifecycle.PER_TEST || context.getStore(NAMESPACE).get(Running.class) == null) {
            start(context); // also covers an extension on an instance field, which never sees beforeAll
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeOpenStack.class || type == DemoSeed.class || factory(type).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(Running.class, Running.class);
        if (running == null) {
            throw new ParameterResolutionException("no fake OpenStack is running for " + context.getDisplayName()
                    + "; with Lifecycle.PER_TEST only test methods (and @BeforeEach/@AfterEach) can take one");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeOpenStack.class) {
            return running.fake;
        }
        if (type == DemoSeed.class) {
            return running.demo.orElseThrow(() -> new ParameterResolutionException(
                    "the fake was started without the demo seed, so there is no DemoSeed to inject"));
        }
        ParameterFactory<?> factory = factory(type).orElseThrow();
        return Objects.requireNonNull(factory.create(running.fake, parameter, context),
                () -> factory + " made null for " + parameter.getParameter());
    }

    private Optional<ParameterFactory<?>> factory(Class<?> type) {
        for (ParameterFactory<?> f : factories) {
            if (f.type() == type) {
                return Optional.of(f);
            }
        }
        for (ParameterFactory<?> f : ServiceLoader.load(ParameterFactory.class)) {
            if (f.type() == type) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private Lifecycle lifecycle(ExtensionContext context) {
        return lifecycle != null ? lifecycle : annotation(context).map(WithFakeOpenStack::lifecycle)
                .orElse(Lifecycle.PER_CLASS);
    }

    private static Optional<WithFakeOpenStack> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, WithFakeOpenStack.class));
    }

    private void start(ExtensionContext context) {
        Optional<WithFakeOpenStack> settings = annotation(context);
        FakeOpenStackBuilder builder = FakeOpenStack.builder();
        settings.ifPresent(s -> builder.region(s.region()).imagePathPrefix(s.imagePathPrefix()));
        FakeOpenStack fake = configuration.apply(builder).start();
        boolean seed = demoSeed != null ? demoSeed : settings.map(WithFakeOpenStack::demoSeed).orElse(true);
        try {
            Optional<DemoSeed> demo = seed ? Optional.of(fake.seed().demo()) : Optional.empty();
            context.getStore(NAMESPACE).put(Running.class, new Running(fake, demo, context.getUniqueId()));
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    // Closes only the fake this very context started, not one inherited from the class.
    private static void stop(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Running running = store.get(Running.class, Running.class);
        if (running != null && running.owner.equals(context.getUniqueId())) {
            store.remove(Running.class);
            running.fake.close();
        }
    }

    private record Running(FakeOpenStack fake, Optional<DemoSeed> demo, String owner) {
    }
}
