package dev.newsflow.ingest.app;

import dev.newsflow.contracts.Topics;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code POST /urls}' way onto {@code urls}: the Kafka producer of the {@code requests} channel itself (so its
 * settings are the channel's: acks=all, idempotence, the String serializers, compression, linger, batch size,
 * the {@code kafka.*} security keys), used directly. A batch of URLs becomes asynchronous sends that the producer
 * packs into few requests, then one wait for all acknowledgements; no per-record emitter, message, Mutiny pipeline
 * or in-flight window in between (that path cost more CPU than the rest of the request). Each record carries the
 * request's trace context (W3C {@code traceparent}), so a document's path from {@code urls} on is one trace.
 */
@ApplicationScoped
public class UrlBatchSender {
    /** The channel is injected so the connector builds its producer; records go through that producer's client. */
    @Inject
    @Channel("requests")
    MutinyEmitter<String> channel;

    @Inject
    KafkaClientService clients;

    @ConfigProperty(name = "mp.messaging.outgoing.requests.topic", defaultValue = Topics.URLS)
    String topic;

    private volatile Producer<String, String> producer;

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = clients.<String, String>getProducer("requests").unwrap();
                }
                p = producer;
            }
        }
        return p;
    }

    /** A batch of sends for one request, on the calling thread; not shared between threads. */
    public Batch batch() {
        return new Batch(producer(), topic, traceHeaders());
    }

    private static List<Header> traceHeaders() {
        List<Header> headers = new ArrayList<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers,
                (carrier, key, value) -> carrier.add(new RecordHeader(key, value.getBytes(StandardCharsets.US_ASCII))));
        return List.copyOf(headers);
    }

    public static final class Batch {
        private final Producer<String, String> producer;
        private final String topic;
        private final List<Header> trace;
        private final List<Future<RecordMetadata>> acks = new ArrayList<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Batch(Producer<String, String> producer, String topic, List<Header> trace) {
            this.producer = producer;
            this.topic = topic;
            this.trace = trace;
        }

        /** Sends without waiting (the producer blocks only when its buffer is full). */
        public void send(String key, String value) {
            try {
                acks.add(producer.send(new ProducerRecord<>(topic, null, key, value, trace), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                }));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }

        /** Whether a send of this batch already failed (the rest of the batch need not be sent). */
        public boolean failed() {
            return failure.get() != null;
        }

        /**
         * Returns once Kafka acknowledged every record sent (the producer bounds the wait by its delivery.timeout.ms).
         * @throws IllegalStateException when any record was not acknowledged
         */
        public void awaitAcknowledgements() {
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                    break;
                }
            }
            if (failure.get() != null) {
                throw new IllegalStateException("Kafka did not accept the batch onto " + topic, failure.get());
            }
        }
    }
}
