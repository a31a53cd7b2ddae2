package dev.glanceshare.spring.test;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Makes a {@link FakeCloudCustomizer} for a test class annotated {@link WithFakeGlanceshare}. */
final class FakeCloudCustomizerFactory implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(WithFakeGlanceshare.class).synthesize(a -> a.isPresent())
                .map(a -> new FakeCloudCustomizer(a.user())).orElse(null);
    }
}
