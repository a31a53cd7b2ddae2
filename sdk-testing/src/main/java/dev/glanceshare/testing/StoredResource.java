package dev.glanceshare.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Something an injected parameter owns, kept in JUnit's store so that JUnit closes it when its context ends.
 * Jupiter 5.10 to 5.12 close only {@code Store.CloseableResource} values; 5.13 and 6 close
 * {@code AutoCloseable} ones too (and deprecate the former). Being both, it is closed on every version, and a
 * second close does nothing.
 */
@SuppressWarnings("deprecation") // CloseableResource: the only kind 5.10 to 5.12 close
final class StoredResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoredResource.class);

    private final AutoCloseable resource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StoredResource(AutoCloseable resource) {
        this.resource = resource;
    }

    static void closeWhenDone(ExtensionContext context, AutoCloseable resource) {
        StoredResource stored = new StoredResource(resource);
        context.getStore(NAMESPACE).put(stored, stored);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                resource.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) { // JUnit reports it with the test that owned the resource
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("closing a resource the test was given failed: " + e, e);
            }
        }
    }
}
