package dev.glanceshare.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.http.Headers;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.ServiceCaller;
import dev.glanceshare.core.http.StandardPipeline;
import dev.glanceshare.core.observation.SdkObserver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The hook's own cost, without a network or a server: {@code GET .../members/{id}} through the standard pipeline
 * and {@link ServiceCaller#json} on a transport that answers from memory, so the difference between observers is
 * not lost in the fake's and the kernel's time. Measured as the calling thread's CPU time, which other processes
 * on a shared machine disturb less than wall time.
 */
final class InMemoryCalls {
    private static final byte[] BODY = ("{\"status\":\"accepted\",\"image_id\":\"1bea47ed-f6a9-463b-b423-14b9cca9ad27\","
            + "\"member_id\":\"b3c4000000000000000000000000000a\",\"created_at\":\"2026-12-07T10:00:00Z\","
            + "\"updated_at\":\"2026-12-07T10:00:00Z\",\"schema\":\"/v2/schemas/member\"}")
            .getBytes(StandardCharsets.UTF_8);
    private static final URI MEMBER = URI.create(
            "http://glance.test:9292/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/members/b3c4000000000000000000000000000a");

    private InMemoryCalls() {}

    /** @return CPU ns per call on this thread, for {@code calls} calls after a warm-up */
    static double cpuNanosPerCall(SdkObserver observer, int calls) {
        HttpTransport transport = new HttpTransport() {
            @Override
            public HttpResponse send(HttpRequest request) {
                return HttpResponse.of(200, Headers.builder().add("Content-Type", "application/json")
                        .add("X-Openstack-Request-Id", "req-00000000-0000-0000-0000-000000000000").build(), BODY);
            }

            @Override
            public SdkObserver observer() {
                return observer;
            }

            @Override
            public void close() {}
        };
        ServiceCaller glance = new ServiceCaller("Glance", StandardPipeline.builder(transport).service("Glance").build(),
                1 << 20);
        HttpRequest request = HttpRequest.builder("GET", MEMBER).header("Accept", "application/json").build();
        for (int i = 0; i < calls / 2; i++) {
            glance.json(request, JsonNode.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
            glance.json(request, JsonNode.class);
        }
        return (threads.getCurrentThreadCpuTime() - start) / (double) calls;
    }
}
