package dev.glanceshare.testing.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The body of one request on a keep-alive connection: {@code Content-Length} bytes, chunks, or nothing.
 * Reading it to the end leaves the stream at the next request.
 */
final class RequestBody {
    private final InputStream in;
    private final long length; // -1 for chunked
    private boolean consumed;

    private RequestBody(InputStream in, long length) {
        this.in = in;
        this.length = length;
        this.consumed = length == 0;
    }

    /**
     * Works out a request's framing from its headers.
     *
     * @param in the connection's input
     * @param head the request head
     * @return the body
     * @throws RequestHead.Malformed for a bad or conflicting {@code Content-Length} or an unknown transfer coding
     */
    static RequestBody of(InputStream in, RequestHead head) throws RequestHead.Malformed {
        List<String> encodings = head.headers().getOrDefault("Transfer-Encoding", List.of());
        if (!encodings.isEmpty()) {
            String last = encodings.get(encodings.size() - 1).toLowerCase(Locale.ROOT);
            if (!last.strip().endsWith("chunked")) {
                throw new RequestHead.Malformed("unsupported transfer coding " + last);
            }
            return new RequestBody(in, -1);
        }
        List<String> lengths = head.headers().getOrDefault("Content-Length", List.of());
        long length = 0;
        for (String value : lengths) {
            long n;
            try {
                n = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new RequestHead.Malformed("bad Content-Length");
            }
            if (n < 0 || (length != 0 && n != length)) {
                throw new RequestHead.Malformed("bad Content-Length");
            }
            length = n;
        }
        return new RequestBody(in, length);
    }

    /** @return the declared length, or -1 for a chunked body */
    long declaredLength() {
        return length;
    }

    /** @return true when the whole body has been read */
    boolean consumed() {
        return consumed;
    }

    /**
     * Reads the whole body.
     *
     * @param max the most bytes to accept
     * @return the bytes, or null when the body is longer than {@code max} (what was read is dropped)
     * @throws IOException when the client closes early or the chunk framing is broken
     */
    byte[] readAll(long max) throws IOException {
        if (length > max || length > Integer.MAX_VALUE - 8) {
            return null;
        }
        if (length >= 0) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length < length) {
                throw new IOException("connection closed inside the body");
            }
            consumed = true;
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            long size = chunkSize(RequestHead.line(in));
            if (size == 0) {
                break;
            }
            if (out.size() + size > max) {
                return null;
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new IOException("connection closed inside a chunk");
            }
            out.write(chunk);
            String end = RequestHead.line(in);
            if (end == null || !end.isEmpty()) {
                throw new RequestHead.Malformed("chunk not followed by CRLF");
            }
        }
        String trailer;
        do { // trailers are read and ignored
            trailer = RequestHead.line(in);
        } while (trailer != null && !trailer.isEmpty());
        consumed = true;
        return out.toByteArray();
    }

    /**
     * Reads and drops up to {@code limit} bytes of a declared body that will not be used, so that the close
     * that follows does not reset a client that is still sending.
     *
     * @param limit the most bytes to read
     * @throws IOException when reading fails
     */
    void drain(long limit) throws IOException {
        long left = Math.min(length, limit);
        byte[] buffer = new byte[16 * 1024];
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private static long chunkSize(String line) throws RequestHead.Malformed {
        if (line == null) {
            throw new RequestHead.Malformed("connection closed before a chunk");
        }
        int semi = line.indexOf(';'); // chunk extensions are ignored
        String hex = (semi < 0 ? line : line.substring(0, semi)).strip();
        try {
            long size = Long.parseLong(hex, 16);
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                throw new RequestHead.Malformed("bad chunk size");
            }
            return size;
        } catch (NumberFormatException e) {
            throw new RequestHead.Malformed("bad chunk size");
        }
    }
}
