/**
 * HTTP for the SDK: an {@link dev.glanceshare.core.http.HttpTransport} (the standard one is {@link
 * dev.glanceshare.core.http.ApacheHttpTransport}, pooled, TLS-verifying) behind a chain of {@link
 * dev.glanceshare.core.http.Interceptor}s for request ids, retries, auth and redacted logging, and a
 * {@link dev.glanceshare.core.http.ServiceCaller} that turns answers into values or typed exceptions.
 *
 * <pre>{@code
 * try (ApacheHttpTransport transport = ApacheHttpTransport.create(TransportOptions.builder()
 *         .caCertificate(Path.of("/etc/ssl/my-cloud-ca.pem"))
 *         .responseTimeout(Duration.ofSeconds(30))
 *         .build())) {
 *     HttpPipeline pipeline = StandardPipeline.builder(transport)
 *         .service("Glance")                        // logger dev.glanceshare.http.Glance
 *         .session(session)                         // X-Auth-Token, one re-auth on 401
 *         .retryPolicy(RetryPolicy.defaults())      // idempotent calls on 429/502/503/504 and I/O errors
 *         .requestIds(RequestIdInterceptor.randomIds())
 *         .build();
 *     ServiceCaller glance = new ServiceCaller("Glance", pipeline, 8 * 1024 * 1024);
 *     // RequestUrl encodes each segment and is sent without parsing a URI on every call
 *     JsonNode image = glance.json(HttpRequest.builder("GET",
 *             RequestUrl.of(endpoint, "v2", "images", imageId)).build(), JsonNode.class);
 * }
 * }</pre>
 *
 * <p>Set the logger {@code dev.glanceshare.http} to DEBUG for one line per request, or TRACE for
 * headers and bodies; tokens, passwords and secrets are always redacted ({@link
 * dev.glanceshare.core.http.Redaction}).
 */
package dev.glanceshare.core.http;
