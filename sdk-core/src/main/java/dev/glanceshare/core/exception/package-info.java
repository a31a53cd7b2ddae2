/**
 * The SDK's exceptions, all unchecked, under {@link dev.glanceshare.core.exception.OpenStackException}.
 *
 * <p>{@link dev.glanceshare.core.exception.ApiException} means the service answered with an error
 * status; its subclasses name the statuses a caller can act on (401, 403, 404, 409, 413, 429, 5xx) and
 * every one carries the method, URI, status, request id and the service's own message.
 * {@link dev.glanceshare.core.exception.TransportException} means no usable answer arrived; its
 * {@link dev.glanceshare.core.exception.TransportException.Kind} says why. No message holds a token,
 * password or secret.
 *
 * <pre>{@code
 * try {
 *     members.add(imageId, projectId);
 * } catch (ConflictException e) {
 *     // already a member: fine
 * } catch (ApiException e) {
 *     // "Glance POST /v2/images/9faa.../members returned 403 Forbidden (request req-...): Not allowed ..."
 *     log.error("{} - quote {} when reporting", e.getMessage(), e.requestId().orElse("no request id"));
 * } catch (TransportException e) {
 *     if (e.kind() == TransportException.Kind.TLS) {
 *         // configure TransportOptions.caCertificate(...)
 *     }
 * }
 * }</pre>
 */
package dev.glanceshare.core.exception;
