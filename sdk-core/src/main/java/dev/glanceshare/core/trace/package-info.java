/**
 * Opt-in recording of HTTP exchanges, redacted, drawn as Mermaid sequence diagrams or text.
 *
 * <pre>{@code
 * RequestTrace trace = RequestTrace.create();
 * HttpTransport transport = trace.wrap(ApacheHttpTransport.create());
 * ... build the session and client on transport, make calls ...
 * Files.writeString(Path.of("trace.md"), "```mermaid\n" + trace.toMermaid() + "```\n");
 * }</pre>
 */
package dev.glanceshare.core.trace;
