import com.fasterxml.jackson.databind.JsonNode;
import dev.glanceshare.core.http.Headers;
import dev.glanceshare.core.http.HttpRequest;
import dev.glanceshare.core.http.HttpResponse;
import dev.glanceshare.core.http.HttpTransport;
import dev.glanceshare.core.http.ServiceCaller;
import dev.glanceshare.core.http.StandardPipeline;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The same in-memory call as InMemoryCalls with no observer, compiled against any sdk-core (before or after the hook). */
public class HookBaseline {
    public static void main(String[] args) {
        byte[] body = "{\"status\":\"accepted\",\"image_id\":\"1bea47ed-f6a9-463b-b423-14b9cca9ad27\",\"member_id\":\"b3c4\"}"
                .getBytes(StandardCharsets.UTF_8);
        HttpTransport t = new HttpTransport() {
            public HttpResponse send(HttpRequest r) {
                return HttpResponse.of(200, Headers.builder().add("Content-Type", "application/json")
                        .add("X-Openstack-Request-Id", "req-0").build(), body);
            }
            public void close() {}
        };
        ServiceCaller c = new ServiceCaller("Glance", StandardPipeline.builder(t).service("Glance").build(), 1 << 20);
        HttpRequest req = HttpRequest.builder("GET", URI.create("http://g:9292/v2/images/1bea47ed-f6a9-463b-b423-14b9cca9ad27/members/b3c4")).header("Accept", "application/json").build();
        int n = Integer.parseInt(args[0]);
        for (int i = 0; i < n; i++) c.json(req, JsonNode.class);
        var threads = ManagementFactory.getThreadMXBean();
        long s = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) c.json(req, JsonNode.class);
        System.out.printf("%.3f%n", (threads.getCurrentThreadCpuTime() - s) / 1000.0 / n);
    }
}
