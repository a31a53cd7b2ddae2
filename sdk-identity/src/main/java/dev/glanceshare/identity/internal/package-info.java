/**
 * Implementation of the Keystone sessions: requests and their bodies, token parsing and caching,
 * configuration readers, owner-only files. Not public API and may change without notice; the types a
 * user calls are in {@link dev.glanceshare.identity}.
 */
package dev.glanceshare.identity.internal;
