package dev.newsflow.delivery;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A stage's Kafka poll batch, input to output: every record is turned into its output and sent without waiting,
 * then the batch waits once for all acknowledgements (one wait per batch, not per record; the producer packs the
 * outputs into few requests). A record whose work fails, or whose output Kafka refuses for good (too large for the
 * output topic), goes to its dead-letter topic through {@link RecordGuard}. The method returns only when every
 * output or dead letter of the batch is acknowledged, so the batch's offsets are committed after that.
 */
@ApplicationScoped
public class BatchRelay {
    /** What one input record becomes: the key and the JSON value of its output record. */
    public record Output(String key, String value) {
    }

    /** Reads W3C trace headers ({@code traceparent}) from a consumer record's headers. */
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private record Started<T>(ConsumerRecord<String, byte[]> record, T state) {
    }

    private record Sent(ConsumerRecord<String, byte[]> record, CompletableFuture<Void> ack) {
    }

    @Inject
    RecordGuard guard;

    @Inject
    ReliableSender sender;

    /**
     * @param work      the stage's core on one record's value
     * @param delivered called once per record whose output Kafka acknowledged (e.g. a counter)
     */
    public void relay(String stage, ConsumerRecords<String, byte[]> records, MutinyEmitter<String> out, String topic,
                      Function<byte[], Output> work, Runnable delivered) {
        relay(stage, records, out, topic, work, Function.identity(), delivered);
    }

    /**
     * As above, with the work in two parts: {@code start} runs on every record of the batch first, then
     * {@code finish} on each started one, in order. A stage whose records wait on another service (clean's
     * near-duplicate store) starts all their requests before waiting on any, so the batch's requests go out
     * together. A record failing in either part goes to the dead-letter topic; the others go on.
     */
    public <T> void relay(String stage, ConsumerRecords<String, byte[]> records, MutinyEmitter<String> out, String topic,
                          Function<byte[], T> start, Function<T, Output> finish, Runnable delivered) {
        List<Started<T>> started = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            guard.process(stage, record, value -> started.add(new Started<>(record, start.apply(value))));
        }
        List<Sent> sent = new ArrayList<>(started.size());
        for (Started<T> s : started) {
            ConsumerRecord<String, byte[]> record = s.record();
            guard.process(stage, record, value -> {
                Output output = finish.apply(s.state());
                // a batch has no per-record trace context of its own: the output continues the input record's trace
                TracingMetadata trace = TracingMetadata.withCurrent(parentOf(record));
                sent.add(new Sent(record, sender.send(out, topic, () -> KafkaRecord.of(output.key(), output.value()).addMetadata(trace), true)
                        .subscribeAsCompletionStage()));
            });
        }
        for (Sent s : sent) {
            guard.process(stage, s.record(), value -> {
                try {
                    s.ack().join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
                delivered.run();
            });
        }
    }

    static Context parentOf(ConsumerRecord<String, byte[]> record) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), record.headers(), HEADERS);
    }
}
