/**
 * Testing a Spring application against the bundled fake OpenStack: {@link
 * dev.glanceshare.spring.test.WithFakeGlanceshare} on a test class starts the fake with the test's context and
 * points {@code glanceshare.*} at it. Needs sdk-testing and spring-test on the test class path.
 */
package dev.glanceshare.spring.test;
