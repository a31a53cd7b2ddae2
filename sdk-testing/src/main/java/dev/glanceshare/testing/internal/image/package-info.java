/**
 * The fake Glance v2: image state, version negotiation, the v2 route table and one controller per
 * resource, following Glance Zed's legacy policy rules. Not an API.
 *
 * <pre>{@code
 * GlanceService glance = new GlanceService(config, new ImageStore(), identityStore, FakeClock.system());
 * }</pre>
 */
package dev.glanceshare.testing.internal.image;
