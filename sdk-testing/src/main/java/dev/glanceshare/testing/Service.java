package dev.glanceshare.testing;

/**
 * The two services the fake runs, each on its own listener like a real cloud (Keystone on :5000,
 * Glance on :9292).
 */
public enum Service {
    /** Keystone v3, the identity service. */
    IDENTITY,
    /** Glance v2, the image service. */
    IMAGE
}
