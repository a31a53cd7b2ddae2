package dev.glanceshare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections are kept the way real Glance keeps them: {@code Connection: close} is answered with
 * {@code Connection: close} and a close, every other connection stays usable, and a pooling client with no
 * retries meets no reset, at 1 thread and at 64 (four pools of 64).
 */
class ConnectionHandlingTest {
    private FakeOpenStack fake;
    private DemoSeed demo;
    private String token;

    @BeforeEach
    void start() {
        fake = FakeOpenStack.builder().start();
        demo = fake.seed().demo();
        token = fake.issueToken("admin", "admin");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void connectionCloseIsAnsweredWithConnectionCloseAndTheServerCloses() throws IOException {
        try (Socket s = new Socket("127.0.0.1", fake.imagePort())) {
            s.setSoTimeout(5000);
            send(s, "GET /versions HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1); // to EOF
            assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("\r\nConnection: close\r\n")
                    .endsWith("}");
        }
    }

    @Test
    void aKeepAliveConnectionServesOneRequestAfterAnother() throws IOException {
        try (Socket s = new Socket("127.0.0.1", fake.imagePort())) {
            s.setSoTimeout(5000);
            InputStream in = s.getInputStream();
            for (int i = 0; i < 3; i++) {
                send(s, "GET /v2/images/" + demo.imageId() + " HTTP/1.1\r\nHost: x\r\nX-Auth-Token: " + token
                        + "\r\n\r\n");
                String head = head(in);
                assertThat(head).startsWith("HTTP/1.1 200 OK\r\n").doesNotContainIgnoringCase("connection:");
                int length = Integer.parseInt(head.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
                assertThat(in.readNBytes(length)).hasSize(length);
            }
            // and the last request of the connection may ask for the close
            send(s, "GET /versions HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(head(in)).contains("\r\nConnection: close\r\n");
        }
    }

    @Test
    void anHttp10RequestWithoutKeepAliveIsClosedAndSaysSo() throws IOException {
        try (Socket s = new Socket("127.0.0.1", fake.imagePort())) {
            s.setSoTimeout(5000);
            send(s, "GET /versions HTTP/1.0\r\n\r\n");
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).contains("\r\nConnection: close\r\n");
        }
    }

    @Test
    void aPooledClientSendingConnectionCloseOnOneThreadNeverMeetsAReset() throws Exception {
        // urllib3 under Tempest sends Connection: close on every request and puts the connection back in its
        // pool unless the answer says Connection: close; HttpClient does the same.
        try (Pool pool = new Pool(1)) {
            for (int i = 0; i < 200; i++) {
                HttpGet get = new HttpGet(fake.imageUrl() + "/v2/images/" + demo.imageId());
                get.addHeader("X-Auth-Token", token);
                get.addHeader("Connection", "close");
                assertThat(pool.status(get)).isEqualTo(200);
            }
        }
    }

    @Test
    void aPooledClientOnOneThreadReusesItsConnection() throws Exception {
        try (Pool pool = new Pool(1)) {
            for (int i = 0; i < 200; i++) {
                HttpGet get = new HttpGet(fake.imageUrl() + "/v2/images/" + demo.imageId());
                get.addHeader("X-Auth-Token", token);
                assertThat(pool.status(get)).isEqualTo(200);
            }
        }
    }

    @Test
    void fourClientsOfSixtyFourPooledThreadsAddingAndRemovingMembersMeetNoReset() throws Exception {
        // Four clients, each a pool of 64 connections used by 64 threads, take turns, twice: 256 connections
        // stay open and idle in their pools between turns, as with several clients sharing one fake. (The
        // JDK server used before closed every connection beyond 200 idle ones without a word.)
        int threads = 64;
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Pool> pools = new ArrayList<>();
        try {
            for (int p = 0; p < 4; p++) {
                pools.add(new Pool(threads));
            }
            for (int turn = 0; turn < 2; turn++) {
                for (Pool pool : pools) {
                    addAndRemoveMembers(pool, workers, threads, failures);
                }
            }
        } finally {
            workers.shutdownNow();
            for (Pool pool : pools) {
                pool.close();
            }
        }
        assertThat(failures).as("requests that failed or met a reset").isEmpty();
        assertThat(fake.members(demo.imageId())).isEmpty();
    }

    private void addAndRemoveMembers(Pool pool, ExecutorService workers, int threads,
            ConcurrentLinkedQueue<String> failures) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String member = "project-" + t;
            boolean closing = t % 8 == 0; // a few threads ask for Connection: close, as Tempest does
            done.add(workers.submit(() -> {
                for (int r = 0; r < 5; r++) {
                    try {
                        String members = fake.imageUrl() + "/v2/images/" + demo.imageId() + "/members";
                        HttpPost add = new HttpPost(members);
                        add.setEntity(new StringEntity("{\"member\": \"" + member + "\"}",
                                ContentType.APPLICATION_JSON));
                        HttpDelete remove = new HttpDelete(members + "/" + member);
                        for (ClassicHttpRequest request : List.of(add, remove)) {
                            request.addHeader("X-Auth-Token", token);
                            if (closing) {
                                request.addHeader("Connection", "close");
                            }
                            int status = pool.status(request);
                            if (status != 200 && status != 204) {
                                failures.add(request + " -> " + status);
                            }
                        }
                    } catch (IOException e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
    }

    private static void send(Socket s, String request) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** HttpClient 5 with a connection pool and no retries: every reset shows as an exception. */
    private static final class Pool implements AutoCloseable {
        private final PoolingHttpClientConnectionManager connections;
        private final CloseableHttpClient client;

        Pool(int size) {
            connections = PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(size)
                    .setMaxConnPerRoute(size).build();
            client = HttpClients.custom().setConnectionManager(connections).disableAutomaticRetries().build();
        }

        int status(ClassicHttpRequest request) throws IOException {
            return client.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        }

        @Override
        public void close() throws IOException {
            client.close();
            connections.close();
        }
    }
}
