/**
 * Implementation details shared by the SDK's modules: error-body parsing, {@code Retry-After} and TLS
 * set-up. Not API: anything here may change in any release.
 */
package dev.glanceshare.core.internal;
