package dev.glanceshare.spring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The {@code OS_*} and {@code GLANCESHARE_*} settings as the SDK's {@code CloudConfig} reads them: the process's
 * variables, overridden by any property of the Spring environment with such a name (command-line arguments,
 * application properties, test properties), so a Spring application can set {@code OS_CLOUD} or
 * {@code OS_CLIENT_CONFIG_FILE} like any other property.
 */
final class OpenStackVariables {
    private OpenStackVariables() {}

    static Map<String, String> of(Environment environment) {
        Map<String, String> variables = new HashMap<>(System.getenv());
        if (environment instanceof ConfigurableEnvironment) {
            List<PropertySource<?>> sources = new java.util.ArrayList<>();
            ((ConfigurableEnvironment) environment).getPropertySources().forEach(sources::add);
            for (PropertySource<?> source : sources) {
                if (source instanceof EnumerablePropertySource) {
                    for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                        if (name.startsWith("OS_") || name.startsWith("GLANCESHARE_")) {
                            variables.put(name, environment.getProperty(name)); // resolved with Spring's precedence
                        }
                    }
                }
            }
        }
        return variables;
    }
}
