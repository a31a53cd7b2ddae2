package dev.glanceshare.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A request body: bytes held in memory, a file, or a one-shot stream. Only repeatable bodies (bytes and
 * files) may be sent again by the retry policy; a stream is sent once.
 */
public abstract class RequestBody {
    private final String contentType;

    /**
     * For bodies that wrap another, such as one that reports upload progress.
     *
     * @param contentType the media type
     */
    protected RequestBody(String contentType) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
    }

    /**
     * @param bytes the body
     * @param contentType its media type
     * @return a repeatable body held in memory
     */
    public static RequestBody of(byte[] bytes, String contentType) {
        return new Bytes(bytes.clone(), contentType);
    }

    /**
     * @param file a readable file; it is read when the request is sent, not now
     * @param contentType its media type
     * @return a repeatable, streamed body
     * @throws IllegalArgumentException when the file is not a readable regular file, so the mistake shows
     *     before any request is sent
     */
    public static RequestBody of(Path file, String contentType) {
        return new FileBody(file, contentType);
    }

    /**
     * @param stream the data; it is read once while the request is sent, and not closed by the SDK
     * @param length the number of bytes, or -1 if unknown (then the body is sent chunked)
     * @param contentType its media type
     * @return a one-shot streamed body
     */
    public static RequestBody of(InputStream stream, long length, String contentType) {
        return new StreamBody(stream, length, contentType);
    }

    /** @return the media type */
    public final String contentType() {
        return contentType;
    }

    /** @return the length in bytes, or -1 if not known before sending */
    public abstract long contentLength();

    /** @return whether the body can be sent more than once */
    public abstract boolean isRepeatable();

    /** @return the bytes, when the body is held in memory (used by TRACE logging) */
    public Optional<byte[]> bufferedBytes() {
        return Optional.empty();
    }

    /**
     * Writes the body.
     *
     * @param out where to write
     * @throws IOException when writing or reading the source fails
     */
    public abstract void writeTo(OutputStream out) throws IOException;

    private static final class Bytes extends RequestBody {
        private final byte[] bytes;

        Bytes(byte[] bytes, String contentType) {
            super(contentType);
            this.bytes = bytes;
        }

        @Override public long contentLength() { return bytes.length; }
        @Override public boolean isRepeatable() { return true; }
        @Override public Optional<byte[]> bufferedBytes() { return Optional.of(bytes.clone()); }
        @Override public void writeTo(OutputStream out) throws IOException { out.write(bytes); }
    }

    private static final class FileBody extends RequestBody {
        private final Path file;

        FileBody(Path file, String contentType) {
            super(contentType);
            this.file = Objects.requireNonNull(file, "file");
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("Not a readable file: " + file);
            }
        }

        @Override public long contentLength() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the size of " + file, e);
            }
        }

        @Override public boolean isRepeatable() { return true; }

        @Override public void writeTo(OutputStream out) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }
    }

    private static final class StreamBody extends RequestBody {
        private final InputStream stream;
        private final long length;

        StreamBody(InputStream stream, long length, String contentType) {
            super(contentType);
            this.stream = Objects.requireNonNull(stream, "stream");
            this.length = length;
        }

        @Override public long contentLength() { return length; }
        @Override public boolean isRepeatable() { return false; }
        @Override public void writeTo(OutputStream out) throws IOException { stream.transferTo(out); }
    }
}
