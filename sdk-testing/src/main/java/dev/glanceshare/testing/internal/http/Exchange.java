package dev.glanceshare.testing.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request read off a connection, and the ways to answer it: a response, no response at all (the
 * connection is dropped), or a response that stops half-way. Used by one thread, once.
 */
public final class Exchange {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final Socket socket;
    private final OutputStream out;
    private final RequestHead head;
    private final RequestBody body;
    private boolean close;
    private boolean answered;

    Exchange(Socket socket, OutputStream out, RequestHead head, RequestBody body) {
        this.socket = socket;
        this.out = out;
        this.head = head;
        this.body = body;
        this.close = !head.keepAlive();
    }

    /** @return the method token, case as sent */
    public String method() {
        return head.method();
    }

    /** @return the percent-encoded path */
    public String rawPath() {
        return head.rawPath();
    }

    /** @return the encoded query string, empty when absent */
    public String rawQuery() {
        return head.rawQuery();
    }

    /** @return the request headers, names as sent, one value per header line */
    public Map<String, List<String>> headers() {
        return head.headers();
    }

    /**
     * Reads the whole body. A client that sent {@code Expect: 100-continue} is told to go on first, unless
     * the declared body is too large.
     *
     * @param max the largest body accepted
     * @return the body, or null when it is larger than {@code max}; the connection then closes after the
     *     response, since the rest of the body is left unread (up to 8 MiB of it is read and dropped first,
     *     so that the client, still sending, is not reset before it reads the answer)
     * @throws IOException when the client goes away or breaks the framing
     */
    public byte[] readBody(long max) throws IOException {
        if (body.declaredLength() > max) {
            close = true;
            if (!head.expectsContinue()) {
                body.drain(8L * 1024 * 1024);
            }
            return null;
        }
        if (head.expectsContinue() && body.declaredLength() != 0) {
            out.write(CONTINUE);
            out.flush();
        }
        byte[] bytes = body.readAll(max);
        if (bytes == null) {
            close = true;
        }
        return bytes;
    }

    /**
     * Sends a response. The response says {@code Connection: close} whenever the connection closes after
     * it, as real Glance's server does, so that a pooling client never reuses a connection that is going
     * away.
     *
     * @param status the status
     * @param headers the headers, in order
     * @param content the body; for a {@code HEAD} request only its length is sent
     * @throws IOException when the client went away
     */
    public void respond(int status, List<Map.Entry<String, String>> headers, byte[] content) throws IOException {
        boolean bodyless = status < 200 || status == 204 || status == 304;
        if (headers.stream().anyMatch(e -> e.getKey().equalsIgnoreCase("Connection")
                && e.getValue().equalsIgnoreCase("close"))) {
            close = true;
        }
        StringBuilder h = head(status, headers, close);
        if (!bodyless && !has(headers, "Content-Length")) {
            h.append("Content-Length: ").append(content.length).append("\r\n");
        }
        h.append("\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!bodyless && !head.method().equals("HEAD")) {
            out.write(content);
        }
        out.flush();
        answered = true;
    }

    /** Answers nothing: the connection is closed without a response. */
    public void drop() {
        close = true;
        answered = true;
    }

    /**
     * Sends the status line, the headers and half the body of a response that promises more, then waits;
     * the connection is then closed with the body short.
     *
     * @param status the status (a 204 becomes 200, so that a body is due)
     * @param headers the headers
     * @param content the body
     * @param stall how long to wait before closing
     * @throws IOException when the client went away
     * @throws InterruptedException when the fake is closing
     */
    public void stall(int status, List<Map.Entry<String, String>> headers, byte[] content, Duration stall)
            throws IOException, InterruptedException {
        close = true;
        answered = true;
        int declared = Math.max(content.length, 2); // promise at least one byte more than is ever sent
        StringBuilder h = head(status == 204 ? 200 : status, headers, false);
        h.append("Content-Length: ").append(declared).append("\r\n\r\n");
        out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(content, 0, Math.min(content.length, declared / 2));
        out.flush();
        Thread.sleep(stall.toMillis());
    }

    /** @return true when the connection must close after this exchange */
    boolean closesConnection() {
        return close || !answered;
    }

    /** @return true when a response or a drop was chosen */
    boolean answered() {
        return answered;
    }

    /** @return true when no bytes of the request body are left unread */
    boolean bodyConsumed() {
        return body.consumed();
    }

    private StringBuilder head(int status, List<Map.Entry<String, String>> headers, boolean closing) {
        StringBuilder h = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(Reasons.phrase(status)).append("\r\n");
        for (Map.Entry<String, String> e : headers) {
            if (!e.getKey().equalsIgnoreCase("Connection")) {
                h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
            }
        }
        if (!has(headers, "Date")) {
            h.append("Date: ").append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)))
                    .append("\r\n");
        }
        if (closing) {
            h.append("Connection: close\r\n");
        } else if (head.http10()) {
            h.append("Connection: keep-alive\r\n");
        }
        return h;
    }

    private static boolean has(List<Map.Entry<String, String>> headers, String name) {
        return headers.stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name));
    }

    /** @return the socket, for closing */
    Socket socket() {
        return socket;
    }
}
