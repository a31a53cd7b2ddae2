package dev.glanceshare.benchmarks;

/** The tasks measured for throughput: each is the same request(s) for every contender. */
public enum Op {
    /** {@code GET /v2/images/{id}}. */
    IMAGE_GET,
    /** {@code GET /v2/images/{id}/members/{project}}. */
    MEMBER_GET,
    /** {@code POST /v2/images/{id}/members} then {@code DELETE /v2/images/{id}/members/{project}}. */
    ADD_REMOVE
}
