package dev.glanceshare.core.http;

import dev.glanceshare.core.exception.TransportException;
import dev.glanceshare.core.internal.OperationNames;
import dev.glanceshare.core.observation.CallEvent;
import dev.glanceshare.core.observation.CallKind;
import dev.glanceshare.core.observation.CallStart;
import dev.glanceshare.core.observation.Outcome;
import dev.glanceshare.core.observation.SdkObserver;
import java.time.Duration;
import java.util.Optional;

/**
 * Reports each exchange to the transport's {@link SdkObserver}. Last in the standard pipeline, next to the wire,
 * so each attempt and each resend after a 401 is one exchange. {@link StandardPipeline} adds it only when the
 * transport has an observer.
 */
final class ObservingInterceptor implements Interceptor {
    private final SdkObserver observer;
    private final String service;

    ObservingInterceptor(SdkObserver observer, String serviceName) {
        this.observer = observer;
        this.service = OperationNames.service(serviceName);
    }

    @Override
    public HttpResponse intercept(Chain chain) {
        HttpRequest request = chain.request();
        ObservedCall call = request.observed();
        String operation = call != null ? call.operation
                : OperationNames.of(service, request.method(), request.url().rawPath());
        SdkObserver.Scope scope = observer.started(new CallStart(CallKind.EXCHANGE, operation, service, request.method()));
        int retries = call == null ? 0 : call.retries;
        long retryAfterNanos = call == null ? 0 : call.retryAfterNanos;
        long start = System.nanoTime();
        HttpResponse response;
        try {
            response = chain.proceed(request);
        } catch (TransportException e) {
            scope.finished(new CallEvent(CallKind.EXCHANGE, operation, service, request.method(), 0, Outcome.UNKNOWN,
                    Optional.of(e.getClass().getSimpleName()), retries, Duration.ofNanos(retryAfterNanos),
                    Optional.empty(), Duration.ofNanos(System.nanoTime() - start), Optional.of(e)));
            throw e;
        }
        scope.finished(new CallEvent(CallKind.EXCHANGE, operation, service, request.method(), response.status(),
                Outcome.of(response.status()), Optional.empty(), retries, Duration.ofNanos(retryAfterNanos),
                response.headers().first(ServiceCaller.REQUEST_ID), Duration.ofNanos(System.nanoTime() - start),
                Optional.empty()));
        return response;
    }
}
