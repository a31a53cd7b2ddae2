/**
 * The observation hook: one callback per SDK operation and per HTTP exchange, token events and the
 * connection pool's state, with no dependency beyond sdk-core. Attach an {@link
 * dev.glanceshare.core.observation.SdkObserver} to the transport ({@code
 * TransportOptions.builder().observer(...)}); every session and client on that transport reports to it.
 * sdk-micrometer implements it with Micrometer's Observation API.
 *
 * <p>What is reported never holds a secret (tokens, passwords, credential secrets) and, in the fixed
 * fields, nothing of high cardinality: operation names come from a fixed list, never from IDs.
 */
package dev.glanceshare.core.observation;
