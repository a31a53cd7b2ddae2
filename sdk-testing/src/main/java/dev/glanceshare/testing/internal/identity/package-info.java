/**
 * The fake Keystone v3: identity state, token issue and validation, project lookups, Keystone's error
 * shape. Not an API.
 *
 * <pre>{@code
 * IdentityStore store = new IdentityStore();
 * Project demo = store.addProject("demo");
 * }</pre>
 */
package dev.glanceshare.testing.internal.identity;
