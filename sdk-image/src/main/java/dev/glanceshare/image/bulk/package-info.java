/**
 * Sharing in sets: many members added, removed, accepted or rejected with a result per pair, a project
 * offboarded from every image the caller owns, and a sharing audit. Work runs with bounded parallelism
 * on the one client, honours 429 and {@code Retry-After}, retries only where a repeat is harmless, and
 * checks Glance's member limit before sending anything.
 *
 * <pre>{@code
 * try (GlanceClient glance = GlanceClient.builder().session(session).build()) {
 *     BulkSharing bulk = glance.bulk(BulkOptions.builder().parallelism(8).makeShared(true)
 *             .progress((done, total) -> System.out.printf("%d/%d%n", done, total)).build());
 *
 *     BulkResult shared = bulk.share(goldenImageId, tenantProjectIds);
 *     System.out.println(shared.summary());        // "300 pairs: 298 added, 2 already member"
 *     shared.failures().forEach(System.err::println);
 *
 *     BulkResult gone = bulk.offboard(leavingProjectId);   // safe to run again after an interruption
 *
 *     for (ImageSharing image : bulk.audit()) {
 *         image.members().forEach(m -> System.out.println(image.imageId() + " " + m.memberId() + " " + m.status()));
 *     }
 * }
 * }</pre>
 */
package dev.glanceshare.image.bulk;
