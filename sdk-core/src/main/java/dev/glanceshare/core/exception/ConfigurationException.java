package dev.glanceshare.core.exception;

/**
 * A client or session could not be built from the configuration given. The message names the fix,
 * such as the missing builder option or environment variable.
 */
public class ConfigurationException extends OpenStackException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure, such as an unreadable file
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
