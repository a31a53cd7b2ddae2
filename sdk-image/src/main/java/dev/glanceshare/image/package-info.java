/**
 * Glance v2 image sharing: {@link dev.glanceshare.image.GlanceClient}, {@link dev.glanceshare.image.ImageService}
 * and {@link dev.glanceshare.image.MemberService}.
 *
 * <p>The owner shares, the member answers:
 *
 * <pre>{@code
 * // owner
 * Image image = owner.images().find("cirros-0.6.1-x86_64-disk");
 * owner.images().members(image.id()).add(demoProjectId, MemberAddOptions.strict().makeShared());
 * // member
 * member.images().acceptShare("cirros-0.6.1-x86_64-disk");
 * }</pre>
 *
 * <p>Glance's rules, which the SDK checks and explains: only {@code shared} images have members; only the
 * owner adds or removes them; only the member sets its status; a pending or rejected image is not in the
 * member's default list, but is found by {@code find} and {@code sharedWithMe}.
 */
package dev.glanceshare.image;
