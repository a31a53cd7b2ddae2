package dev.glanceshare.spring;

import dev.glanceshare.core.observation.SdkObserver;
import dev.glanceshare.identity.KeystoneSession;
import dev.glanceshare.image.GlanceClient;
import dev.glanceshare.image.bulk.BulkOptions;
import dev.glanceshare.image.bulk.BulkSharing;
import dev.glanceshare.micrometer.MicrometerObserver;
import dev.glanceshare.spring.health.GlanceshareHealthConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * glanceshare's beans, each replaced by one of the application's own of the same type:
 *
 * <ul>
 *   <li>{@link KeystoneSession} from {@code glanceshare.*}, clouds.yaml or {@code OS_*} ({@link GlanceshareProperties});
 *       it authenticates on first use and is closed with the context, with the transport it made;</li>
 *   <li>{@link GlanceClient} on that session, closed with the context;</li>
 *   <li>{@link BulkSharing}, sized by {@code glanceshare.bulk.*};</li>
 *   <li>an {@link SdkObserver}: {@link MicrometerObserver} on the application's {@link ObservationRegistry} and
 *       {@link MeterRegistry} when there are any ({@code glanceshare.observation.enabled=false} turns it off);</li>
 *   <li>the {@code glanceshare} health indicator when Actuator is present (Boot 3.5 or 4.0).</li>
 * </ul>
 */
@AutoConfiguration
@ConditionalOnClass({KeystoneSession.class, GlanceClient.class})
@Conditional(GlanceshareConfiguredCondition.class)
@EnableConfigurationProperties(GlanceshareProperties.class)
@Import(GlanceshareHealthConfiguration.class)
public class GlanceshareAutoConfiguration {
    /** Created by Spring. */
    public GlanceshareAutoConfiguration() {}

    /**
     * @param properties the settings
     * @param observer the observer, when one is configured
     * @param environment where {@code OS_*} settings may also come from (see {@link OpenStackVariables})
     * @return the session; Spring closes it (and the transport it created) with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public KeystoneSession glanceshareSession(GlanceshareProperties properties, ObjectProvider<SdkObserver> observer,
            Environment environment) {
        return GlanceshareSessions.create(properties, observer.getIfAvailable(() -> SdkObserver.NONE),
                OpenStackVariables.of(environment));
    }

    /**
     * @param session the session
     * @param properties the settings
     * @return the client; Spring closes it with the context (it leaves the session to Spring)
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public GlanceClient glanceClient(KeystoneSession session, GlanceshareProperties properties) {
        return GlanceClient.builder().session(session).build();
    }

    /**
     * @param client the client
     * @param properties {@code glanceshare.bulk.*}
     * @return bulk sharing on the client
     */
    @Bean
    @ConditionalOnMissingBean
    public BulkSharing glanceshareBulkSharing(GlanceClient client, GlanceshareProperties properties) {
        GlanceshareProperties.Bulk bulk = properties.getBulk();
        return client.bulk(BulkOptions.builder().parallelism(bulk.getParallelism()).maxRetries(bulk.getMaxRetries())
                .stopOnFailure(bulk.isStopOnFailure()).makeShared(bulk.isMakeShared()).build());
    }

    /** The observer on the application's Micrometer registries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MicrometerObserver.class, ObservationRegistry.class, MeterRegistry.class})
    @ConditionalOnProperty(prefix = "glanceshare.observation", name = "enabled", matchIfMissing = true)
    static class Observation {
        /**
         * @param observations the application's observation registry (timers through its meter handler, spans
         *     through its tracer), if any
         * @param meters the application's meter registry (counters and pool gauges), if any
         * @return the observer; {@link SdkObserver#NONE} when the application has neither registry
         */
        @Bean
        @ConditionalOnMissingBean
        SdkObserver glanceshareObserver(ObjectProvider<ObservationRegistry> observations,
                ObjectProvider<MeterRegistry> meters) {
            ObservationRegistry o = observations.getIfAvailable();
            MeterRegistry m = meters.getIfAvailable();
            if (o == null && m == null) {
                return SdkObserver.NONE;
            }
            return MicrometerObserver.builder().observationRegistry(o).meterRegistry(m).build();
        }
    }
}
