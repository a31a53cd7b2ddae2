package dev.glanceshare.image;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;

/** An image's data as it streams from Glance. Close it to free the connection. */
public final class ImageDownload extends FilterInputStream {
    private final long length;
    private final String checksum;

    /**
     * @param in the body stream
     * @param length its length, or -1
     * @param checksum the {@code Content-MD5} Glance sent, or {@code null}
     */
    public ImageDownload(InputStream in, long length, String checksum) {
        super(in);
        this.length = length;
        this.checksum = checksum;
    }

    /** @return the data length in bytes, if Glance sent it */
    public OptionalLong length() {
        return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
    }

    /** Closes the stream and frees the connection; unread data is not read to the end. */
    @Override
    public void close() {
        try {
            super.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Closing the image download failed", e);
        }
    }

    /** @return the MD5 checksum Glance sent ({@code Content-MD5}), if any */
    public Optional<String> checksum() {
        return Optional.ofNullable(checksum);
    }
}
