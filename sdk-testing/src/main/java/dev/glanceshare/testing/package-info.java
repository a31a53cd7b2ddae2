/**
 * A bundled fake OpenStack cloud for tests: an in-process, stateful Keystone v3 and Glance v2 that answer
 * like a real Glance Zed (statuses, error bodies, headers, paging and the image-sharing rules), on two
 * loopback listeners.
 *
 * <pre>{@code
 * try (FakeOpenStack fake = FakeOpenStack.builder().withDemoSeed().start()) {
 *     // 1. script: seed state and arm faults
 *     String image = fake.seed().image("web").owner(fake.seed().projectId("alt")).create();
 *     fake.inject(Fault.on(Service.IMAGE, "POST", "/v2/images/*").respond(503).withRetryAfter("1"));
 *
 *     // 2. exercise: point the code under test at the cloud, as OS_AUTH_URL would
 *     runCodeUnderTest(fake.identityUrl(), "alt", DemoSeed.password("alt"), "alt");
 *
 *     // 3. verify: read the state and the requests back
 *     assertThat(fake.members(image)).extracting(MemberSnapshot::status).containsExactly("pending");
 *     assertThat(fake.journal().requests(Service.IMAGE)).extracting(RecordedRequest::status).contains(503, 200);
 * }
 * }</pre>
 *
 * <p>In JUnit tests, {@link dev.glanceshare.testing.WithFakeOpenStack @WithFakeOpenStack} or
 * {@link dev.glanceshare.testing.FakeOpenStackExtension} start and stop the fake and inject it. From a
 * shell, {@link dev.glanceshare.testing.FakeOpenStackMain} runs it and prints the {@code OS_*} variables.
 */
package dev.glanceshare.testing;
