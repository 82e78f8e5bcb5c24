package dev.newsflow.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.function.Supplier;

/**
 * Sends a record through an emitter and completes once Kafka acknowledged it. A failure that is about the
 * record itself (too large, not serializable) is final; any other (broker down, leader moving, timeouts) is
 * retried with {@link Backoff} for as long as it takes, counted in {@code newsflow_delivery_retries_total} and
 * shown in readiness ({@link DeliveryState}), so an outage holds records instead of failing them.
 */
@ApplicationScoped
public class ReliableSender {
    private static final Logger LOG = Logger.getLogger(ReliableSender.class);

    @Inject
    DeliveryState state;

    @Inject
    MeterRegistry metrics;

    /** Blocking form for worker threads. @throws OutputRejectedException when Kafka refuses the record for good */
    public <T> void send(MutinyEmitter<T> emitter, String destination, Supplier<Message<T>> message) {
        send(emitter, destination, message, true).await().indefinitely();
    }

    /**
     * @param finalFailures whether a failure about the record itself ends the attempt (an output: the input goes
     *                      to its dead-letter topic) or is retried like any other (a dead letter: it must land)
     */
    public <T> Uni<Void> send(MutinyEmitter<T> emitter, String destination, Supplier<Message<T>> message, boolean finalFailures) {
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message.get()))
                .onFailure(f -> finalFailures && aboutTheRecord(f)).transform(f ->
                        new OutputRejectedException("Kafka refused the record for " + destination + ": " + Reasons.of(root(f)), f))
                .onFailure(f -> !(f instanceof OutputRejectedException)).invoke(f -> {
                    state.failing(destination, root(f));
                    metrics.counter("newsflow.delivery.retries", "destination", destination).increment();
                    LOG.warnf("send to %s failed (%s); retrying", destination, Reasons.of(root(f)));
                })
                .onFailure(f -> !(f instanceof OutputRejectedException)).retry()
                .withBackOff(Backoff.FIRST, Backoff.LONGEST).atMost(Long.MAX_VALUE)
                .invoke(() -> state.recovered(destination));
    }

    static boolean aboutTheRecord(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof SerializationException || t instanceof InvalidRecordException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
