package dev.glanceshare.image.internal;

/** A Glance body had a field missing or of the wrong type; turned into a TransportException by the caller. */
final class WireFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WireFormatException(String message) {
        super(message);
    }
}
