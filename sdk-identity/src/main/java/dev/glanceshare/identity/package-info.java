/**
 * Keystone v3 identity: {@link dev.glanceshare.identity.KeystoneSession}, the standard
 * {@link dev.glanceshare.core.Session}, with password, application credential and fixed-token
 * {@link dev.glanceshare.identity.Credentials}, the {@link dev.glanceshare.identity.ServiceCatalog}, and
 * {@link dev.glanceshare.identity.CloudConfig} for {@code OS_*} variables and {@code clouds.yaml}.
 *
 * <pre>{@code
 * // From an openrc (OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME, ...) or OS_CLOUD:
 * try (KeystoneSession session = CloudConfig.load().toSessionBuilder().build()) {
 *     TokenInfo me = session.authenticate();              // POST /v3/auth/tokens
 *     URI glance = session.endpoint(EndpointFilter.of("image"));
 *     String demo = session.resolveProjectId("demo");     // admins; others: see ProjectDirectory
 *     System.out.println(me.userId() + " in " + me.projectId().orElseThrow() + " shares with " + demo);
 * }
 *
 * // Or explicitly:
 * KeystoneSession session = KeystoneSession.builder()
 *     .authUrl("https://keystone.example.com:5000")    // no version: discovered once with GET
 *     .credentials(Credentials.applicationCredential().id(credId).secret(secret).build())
 *     .region("RegionOne")
 *     .build();
 * }</pre>
 *
 * <p>A short-lived process can reuse the token of the previous one, opt-in: {@code .tokenStore(TokenStore.file())},
 * {@code GLANCESHARE_TOKEN_CACHE=file} or {@code token_cache: file} in clouds.yaml keep it in owner-only files
 * ({@link dev.glanceshare.identity.FileTokenStore}), and its one call is then its only request.
 *
 * <p>Project names: {@code resolveProjectId} uses an ID as it is and looks a name up in the session's
 * {@link dev.glanceshare.identity.ProjectDirectory}: Keystone as the caller by default, which Keystone's
 * default policy answers for administrators only (anyone else gets
 * {@link dev.glanceshare.identity.ProjectLookupRefusedException}, never a guess); a lookup credential
 * ({@code projectLookup}) or a static directory ({@code projectDirectory}) make names work for every owner.
 *
 * <p>A session is thread-safe and meant to be shared. It never puts a password, secret or token into
 * {@code toString()}, a log line or an exception message.
 */
package dev.glanceshare.identity;
