/**
 * Runnable examples, one task each. With no {@code OS_AUTH_URL} or {@code OS_CLOUD} set they start the
 * bundled fake Keystone + Glance seeded like the seed workflow; otherwise they use the configured cloud.
 *
 * <pre>{@code
 * try (ExampleCloud cloud = ExampleCloud.open(System.out)) {
 *     ShareImage.run(cloud, new String[] {"cirros-0.6.1-x86_64-disk", "demo"});
 * }
 * }</pre>
 */
package dev.glanceshare.examples;
