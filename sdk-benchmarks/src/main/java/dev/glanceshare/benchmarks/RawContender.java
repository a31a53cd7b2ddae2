package dev.glanceshare.benchmarks;

import dev.glanceshare.testing.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The limit: HttpClient 5 with the SDK's pool settings, replaying the exact requests the SDK put on the
 * wire (method, path, query, headers and body captured from the fake's journal), reading each body to
 * the end and doing nothing else.
 */
public final class RawContender implements Contender {
    private static final Set<String> FRAMING = Set.of("host", "content-length", "transfer-encoding", "connection");

    private final Fixture fixture;
    /** The image endpoint without a trailing slash, computed once: raw is the floor, so it does no per-call regex. */
    private final String base;
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final Map<Op, List<RecordedRequest>> recorded;
    private final java.util.concurrent.atomic.LongAdder resent = new java.util.concurrent.atomic.LongAdder();

    /**
     * @param fixture the fake
     * @param sdk the SDK contender whose requests are replayed (it sends each task once here)
     */
    public RawContender(Fixture fixture, SdkContender sdk) {
        this.fixture = fixture;
        this.base = fixture.imageUrl().replaceFirst("/+$", "");
        var options = Fixture.poolOptions();
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(options.maxConnections())
                .setMaxConnPerRoute(options.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.responseTimeout())).build())
                .build();
        this.client = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(options.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(options.connectionRequestTimeout()))
                        .setRedirectsEnabled(false).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableAuthCaching().disableContentCompression().build();
        this.recorded = new java.util.EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            fixture.clearJournal();
            sdk.worker(op, 0).run();
            recorded.put(op, fixture.requests());
        }
    }

    @Override
    public String name() {
        return "raw HttpClient 5";
    }

    /**
     * @param op a task
     * @return the requests the SDK sent for it, which this contender replays
     */
    public List<RecordedRequest> recorded(Op op) {
        return recorded.get(op);
    }

    @Override
    public Runnable worker(Op op, int thread) {
        String from = Members.projectFor(0);
        String to = Members.projectFor(thread);
        List<RecordedRequest> requests = new ArrayList<>(recorded.get(op));
        // a fresh request object per call, as any client builds one (HttpClient may add headers to it)
        return () -> {
            for (RecordedRequest r : requests) {
                send(build(r, from, to));
            }
        };
    }

    private ClassicHttpRequest build(RecordedRequest r, String from, String to) {
        String uri = base + r.rawPath().replace(from, to) + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery());
        ClassicRequestBuilder b = ClassicRequestBuilder.create(r.method()).setUri(uri);
        r.headers().forEach((name, values) -> {
            if (!FRAMING.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> b.addHeader(name, v));
            }
        });
        byte[] body = r.body();
        if (body.length > 0) {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace(from, to);
            b.setEntity(new ByteArrayEntity(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    ContentType.parse(r.header("Content-Type").orElse("application/json"))));
        }
        return b.build();
    }

    /** @return how many requests were sent again after the server closed a pooled connection */
    public long resent() {
        return resent.sum();
    }

    private void send(ClassicHttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                execute(request);
                return;
            } catch (IOException e) {
                // No response (for example the server closed a pooled keep-alive connection as it was reused). Like
                // the SDK's default RetryPolicy (3 attempts), send an idempotent request again, at once.
                if (request.getMethod().equals("POST") || attempt == 3) {
                    throw new UncheckedIOException(e);
                }
                resent.increment();
            }
        }
    }

    private void execute(ClassicHttpRequest request) throws IOException {
        client.execute(request, response -> {
            if (response.getCode() >= 300) {
                throw new IllegalStateException(request + " -> " + response.getCode());
            }
            return response.getEntity() == null ? null : EntityUtils.toByteArray(response.getEntity());
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
