package dev.glanceshare.testing;

/**
 * Kinds of request the fake can slow down with {@link FakeOpenStackBuilder#latency} or
 * {@link FakeOpenStack#setLatency}, so that a benchmark can model a real cloud (for example 15 ms per
 * member request).
 */
public enum RequestClass {
    /** Every Keystone request. */
    IDENTITY,
    /** Glance version discovery, schemas, info and health check requests. */
    DISCOVERY,
    /** Glance image requests: create, show, list, patch, delete. */
    IMAGE,
    /** Glance image data upload and download ({@code /v2/images/{id}/file}). */
    IMAGE_DATA,
    /** Glance tag requests ({@code /v2/images/{id}/tags/{tag}}). */
    TAG,
    /** Glance member requests ({@code /v2/images/{id}/members...}). */
    MEMBER
}
