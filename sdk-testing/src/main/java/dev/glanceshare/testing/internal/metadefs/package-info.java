/**
 * Glance's metadata definition API (namespaces, objects, properties, tags, resource types and their
 * associations) with the catalogue Glance ships, as the fake serves it. Not an API.
 *
 * <pre>{@code
 * MetadefCatalog catalog = MetadefCatalog.seeded(Instant.now()); // the 33 namespaces of Glance 25.1.0
 * }</pre>
 */
package dev.glanceshare.testing.internal.metadefs;
