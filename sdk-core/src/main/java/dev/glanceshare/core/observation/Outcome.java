package dev.glanceshare.core.observation;

/** The class of an answer, as Micrometer's HTTP client conventions name it. */
public enum Outcome {
    /** 1xx. */
    INFORMATIONAL,
    /** 2xx. */
    SUCCESS,
    /** 3xx. */
    REDIRECTION,
    /** 4xx. */
    CLIENT_ERROR,
    /** 5xx. */
    SERVER_ERROR,
    /** No response: the connection failed, timed out or broke off, or the body could not be read. */
    UNKNOWN;

    /**
     * @param status an HTTP status, or 0 for none
     * @return its class; {@link #UNKNOWN} for 0 or a status outside 100 to 599
     */
    public static Outcome of(int status) {
        switch (status / 100) {
            case 1: return INFORMATIONAL;
            case 2: return SUCCESS;
            case 3: return REDIRECTION;
            case 4: return CLIENT_ERROR;
            case 5: return SERVER_ERROR;
            default: return UNKNOWN;
        }
    }
}
