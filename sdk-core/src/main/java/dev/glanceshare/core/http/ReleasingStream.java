package dev.glanceshare.core.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;

/**
 * Closing the body stream returns the connection to the pool when the body was read to its end. When
 * it was not, the connection is dropped at once: HttpClient would otherwise read the rest of the body
 * to reuse the connection, which for a large download or a stalled server means a long hang.
 */
final class ReleasingStream extends FilterInputStream {
    private final ClassicHttpResponse response;
    private final long length;
    private long read;
    private boolean eof;

    ReleasingStream(InputStream in, ClassicHttpResponse response, long length) {
        super(in);
        this.response = response;
        this.length = length;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        read += skipped;
        return skipped;
    }

    /**
     * Reads the rest of a known-length body when all of it has already arrived in HttpClient's
     * buffer: that cannot block, and it lets the connection go back to the pool.
     */
    private boolean drainBuffered() {
        long remaining = length - read;
        try {
            if (length < 0 || remaining > 64 * 1024 || in.available() < remaining) {
                return false;
            }
            while (read < length && read(new byte[(int) Math.min(remaining, 8192)]) >= 0) {
                remaining = length - read;
            }
            return read >= length;
        } catch (IOException e) {
            return false;
        }
    }

    private void count(int n) {
        if (n < 0) {
            eof = true;
        } else {
            read += n;
        }
    }

    @Override
    public void close() throws IOException {
        boolean complete = eof || length >= 0 && read >= length || drainBuffered();
        try {
            if (!complete && in instanceof EofSensorInputStream) {
                ((EofSensorInputStream) in).abort(); // closes the socket without reading on
            } else {
                super.close();
            }
        } finally {
            if (!complete && response instanceof ModalCloseable) {
                ((ModalCloseable) response).close(CloseMode.IMMEDIATE);
            } else {
                response.close();
            }
        }
    }
}
