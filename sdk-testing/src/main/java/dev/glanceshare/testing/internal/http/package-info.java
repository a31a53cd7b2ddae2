/**
 * The HTTP side shared by both services: loopback HTTP/1.1 listeners, the per-request pipeline (faults,
 * latency, journal), and Python-compatible JSON, query strings and webob error pages. Not an API.
 *
 * <pre>{@code
 * PyJson.dumps(PyJson.obj("a", 1, "b", List.of("x")), true); // {"a": 1, "b": ["x"]}
 * }</pre>
 */
package dev.glanceshare.testing.internal.http;
