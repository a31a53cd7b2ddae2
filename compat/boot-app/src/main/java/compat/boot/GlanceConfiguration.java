package compat.boot;

import dev.glanceshare.identity.Credentials;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.identity.Scope;
import dev.glanceshare.image.GlanceClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One session and one client for the whole application, closed with the context: the wiring a user writes. */
@Configuration(proxyBeanMethods = false)
class GlanceConfiguration {
    @Bean(destroyMethod = "close")
    KeystoneSession keystoneSession(@Value("${openstack.auth-url}") String authUrl,
            @Value("${openstack.username}") String username, @Value("${openstack.password}") String password,
            @Value("${openstack.project}") String project) {
        return KeystoneSession.builder()
                .authUrl(authUrl)
                .credentials(Credentials.password().userName(username).userDomainName("Default").password(password).build())
                .scope(Scope.projectName(project, "Default"))
                .build();
    }

    @Bean(destroyMethod = "close")
    GlanceClient glanceClient(KeystoneSession session) {
        return GlanceClient.builder().session(session).build();
    }
}
