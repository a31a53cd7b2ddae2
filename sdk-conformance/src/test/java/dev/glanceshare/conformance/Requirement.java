package dev.glanceshare.conformance;

/** Something a scenario needs from a target beyond the seeded users. */
enum Requirement {
    /**
     * Glance refuses a revoked token at once. keystonemiddleware caches validated tokens for 300 s by
     * default, so a real Glance keeps accepting a revoked token it has already seen until then; start it
     * with {@code REAL_OPENSTACK_GLANCE_TOKEN_CACHE_TIME=-1} to meet this.
     */
    GLANCE_TOKEN_CACHE_OFF
}
