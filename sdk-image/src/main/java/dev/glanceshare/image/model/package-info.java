/**
 * Immutable models of Glance v2: {@link dev.glanceshare.image.model.Image},
 * {@link dev.glanceshare.image.model.Member} and their enums, plus the option objects of list and update
 * calls. Every model has a public builder, so tests can make them without a server:
 *
 * <pre>{@code
 * Member member = Member.builder()
 *     .imageId("9faa0b4e-...").memberId("d34b...").status(MemberStatus.PENDING)
 *     .createdAt(Instant.now()).updatedAt(Instant.now())
 *     .build();
 * }</pre>
 *
 * <p>Enums map values this SDK version does not know to {@code UNKNOWN} instead of failing.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true,
        // No @org.immutables.value.Generated on the generated classes: its jar is only on our compile path,
        // so every user compiling against Member.Builder would see "Cannot find annotation method 'from()'"
        // (an empty list means "all"; Override is a stand-in that adds nothing)
        allowedClasspathAnnotations = {Override.class})
package dev.glanceshare.image.model;

import org.immutables.value.Value;
