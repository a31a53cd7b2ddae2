package dev.glanceshare.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application says where its cloud is: {@code glanceshare.auth-url} or {@code glanceshare.cloud},
 * or the {@code OS_CLOUD} or {@code OS_AUTH_URL} variable. Without any, no session is configured and the
 * application starts as if the starter were absent.
 */
final class GlanceshareConfiguredCondition extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        for (String key : new String[] {"glanceshare.auth-url", "glanceshare.cloud", "OS_CLOUD", "OS_AUTH_URL"}) {
            String value = env.getProperty(key);
            if (value != null && !value.isBlank()) {
                return ConditionOutcome.match(key + " is set");
            }
        }
        return ConditionOutcome.noMatch("none of glanceshare.auth-url, glanceshare.cloud, OS_CLOUD, OS_AUTH_URL is set");
    }
}
