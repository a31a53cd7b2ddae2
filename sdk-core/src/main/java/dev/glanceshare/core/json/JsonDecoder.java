package dev.glanceshare.core.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value straight from a streaming parser, with no tree in between: the way the SDK decodes the
 * bodies of its hot calls into its models.
 *
 * @param <T> what it reads
 */
@FunctionalInterface
public interface JsonDecoder<T> {
    /**
     * @param parser positioned on the value's first token (never before it, never {@code null} token)
     * @return the value, never {@code null}
     * @throws IOException when the bytes are not JSON
     */
    T decode(JsonParser parser) throws IOException;
}
