/**
 * The service-independent core of glanceshare: a {@link dev.glanceshare.core.Session} (token plus
 * endpoint lookup) that service clients take instead of credentials, and {@link
 * dev.glanceshare.core.Paged}, the lazy listing every list call returns.
 *
 * <p>A service client asks the session for its endpoint and sends through the session's transport:
 *
 * <pre>{@code
 * Session session = ...;                                        // a KeystoneSession, from sdk-identity
 * URI glance = session.endpoint(EndpointFilter.of("image").withRegion("RegionOne"));
 * HttpPipeline pipeline = StandardPipeline.builder(session.transport())
 *     .service("Glance").session(session).build();
 * Paged<Image> images = Paged.of(
 *     UriPaths.append(glance, "v2", "images"),
 *     uri -> fetchPage(pipeline, uri));                           // one request per page, lazily
 * images.stream().limit(10).forEach(System.out::println);
 * }</pre>
 *
 * <p>Everything here is immutable or thread-safe: build one session and share it.
 */
package dev.glanceshare.core;
