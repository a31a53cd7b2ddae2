package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.ApiException;
import dev.glanceshare.core.internal.OperationNames;
import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.Outcome;
import dev.glanceshare.core.observation.SdkObserver;
import java.time.Duration;
import java.util.Optional;

/**
 * One observed operation while it runs: the request carries it through the pipeline, so the retry step can
 * count retries and waits and the exchange step can name its exchanges. Used by one thread at a time (a call
 * runs on its caller's thread), hence plain fields.
 */
final class ObservedCall {
    final SdkObserver observer;
    final String operation;
    final String service;
    private final String method;
    private final long startNanos = System.nanoTime();
    private final SdkObserver.Scope scope;
    int status;
    String requestId;
    int retries;
    long retryAfterNanos;

    private ObservedCall(SdkObserver observer, String service, HttpRequest request) {
        this.observer = observer;
        this.service = service;
        this.method = request.method();
        this.operation = OperationNames.of(service, method, request.url().rawPath());
        this.scope = observer.started(new CallStart(CallKind.OPERATION, operation, service, method));
    }

    /**
     * @param observer the transport's observer, not {@link SdkObserver#NONE}
     * @param serviceName the SDK's name for the service, such as {@code Glance}
     * @param request the operation's request
     * @return the started operation
     */
    static ObservedCall start(SdkObserver observer, String serviceName, HttpRequest request) {
        return new ObservedCall(observer, OperationNames.service(serviceName), request);
    }

    /** Records the response that ends the operation (or that an error is made of). */
    void answered(HttpResponse response) {
        status = response.status();
        requestId = response.headers().first(ServiceCaller.REQUEST_ID).orElse(null);
    }

    /** Records a retry and its wait. */
    void retried(Duration delay, boolean fromRetryAfter) {
        retries++;
        if (fromRetryAfter) {
            retryAfterNanos += delay.toNanos();
        }
    }

    void succeeded() {
        scope.finished(event(CallKind.OPERATION, status, null, retries, requestId, startNanos));
    }

    void failed(RuntimeException e) {
        int s = e instanceof ApiException ? ((ApiException) e).status() : status;
        String id = e instanceof ApiException ? ((ApiException) e).requestId().orElse(requestId) : requestId;
        scope.finished(event(CallKind.OPERATION, s, e, retries, id, startNanos));
    }

    CallEvent event(CallKind kind, int s, Throwable e, int retriesSoFar, String id, long startedAt) {
        // A 2xx whose body could not be read failed all the same: no outcome of SUCCESS with an exception.
        Outcome outcome = e != null && !(e instanceof ApiException) ? Outcome.UNKNOWN : Outcome.of(s);
        return new CallEvent(kind, operation, service, method, s, outcome,
                e == null ? Optional.empty() : Optional.of(e.getClass().getSimpleName()), retriesSoFar,
                Duration.ofNanos(retryAfterNanos), Optional.ofNullable(id),
                Duration.ofNanos(System.nanoTime() - startedAt), Optional.ofNullable(e));
    }
}
