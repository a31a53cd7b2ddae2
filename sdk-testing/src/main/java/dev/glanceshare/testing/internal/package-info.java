/**
 * Implementation of the fake cloud; not an API, may change at any time.
 *
 * <pre>{@code
 * CloudConfig config = new CloudConfig("RegionOne", "http://127.0.0.1:5000", "http://127.0.0.1:9292", "",
 *     Duration.ofHours(1), 128, 128);
 * }</pre>
 */
package dev.glanceshare.testing.internal;
