package dev.glanceshare.core.observation;

/** What a {@link CallStart} or {@link CallEvent} is about. */
public enum CallKind {
    /** One call of a service client, such as adding a member: its retries and a resend after a 401 included. */
    OPERATION,
    /** One request on the wire and its response (or the failure to get one). */
    EXCHANGE
}
