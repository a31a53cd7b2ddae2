/**
 * The SDK's one JSON configuration, {@link dev.glanceshare.core.json.JsonCodec}: unknown fields are
 * ignored, absent {@code Optional}s are not written, and time is {@link java.time.Instant}.
 *
 * <pre>{@code
 * JsonCodec json = JsonCodec.standard();
 * ObjectNode body = json.objectNode().put("member", projectId);
 * RequestBody request = RequestBody.of(json.write(body), "application/json");
 * Member member = json.read(responseBytes, Member.class);
 * }</pre>
 */
package dev.glanceshare.core.json;
