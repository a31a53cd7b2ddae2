package dev.glanceshare.image.internal;

import dev.glanceshare.core.http.RequestBody;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/** Reports bytes written as an upload streams, without buffering it. */
final class ProgressBody extends RequestBody {
    private final RequestBody delegate;
    private final LongConsumer progress;

    ProgressBody(RequestBody delegate, LongConsumer progress) {
        super(delegate.contentType());
        this.delegate = delegate;
        this.progress = progress;
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public boolean isRepeatable() {
        return delegate.isRepeatable();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        delegate.writeTo(new FilterOutputStream(out) {
            private long sent;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                progress.accept(++sent);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                sent += len;
                progress.accept(sent);
            }
        });
    }
}
