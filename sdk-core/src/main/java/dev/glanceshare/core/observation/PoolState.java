package dev.glanceshare.core.observation;

/**
 * A connection pool's counters at one moment.
 *
 * @param leased connections in use by a request now
 * @param available idle connections kept for reuse
 * @param pending requests waiting for a connection: above 0, the pool is saturated
 * @param max the pool's total size
 */
public record PoolState(int leased, int available, int pending, int max) {}
