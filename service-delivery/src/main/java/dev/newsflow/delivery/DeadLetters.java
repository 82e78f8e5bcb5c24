package dev.newsflow.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * Sends records a stage cannot process to their topic's {@code .dlq} twin through the service's
 * {@code dead-letters} channel (acks=all, idempotent, {@code max.request.size} at least the input topic's
 * {@code max.message.bytes}). A send that fails is retried until it lands: the input offset is never committed
 * before its record is in the dead-letter topic, and the consumer is never closed for it. One WARN line per record.
 */
@ApplicationScoped
public class DeadLetters {
    /** Set on the copy of a tombstone (null value), which travels as an empty value; replay restores the null. */
    public static final String TOMBSTONE = "dead-letter-tombstone";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final byte[] EMPTY = new byte[0];

    @Inject
    @Channel("dead-letters")
    MutinyEmitter<byte[]> emitter;

    @Inject
    ReliableSender sender;

    @Inject
    MeterRegistry metrics;

    public void send(DeadLetter letter) {
        sendAsync(letter).await().indefinitely();
    }

    public Uni<Void> sendAsync(DeadLetter letter) {
        LOG.warnf("dead-lettering %s to %s: %s", letter.where(), letter.deadLetterTopic(), letter.reason());
        return sender.send(emitter, letter.deadLetterTopic(), () -> message(letter), false)
                .invoke(() -> metrics.counter("newsflow.dead.letters", "topic", letter.topic()).increment());
    }

    private static Message<byte[]> message(DeadLetter letter) {
        var headers = letter.outgoingHeaders();
        if (letter.value() == null) {
            headers.add(TOMBSTONE, "true".getBytes(StandardCharsets.UTF_8));
        }
        return Message.of(letter.value() == null ? EMPTY : letter.value()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(letter.deadLetterTopic()).withKey(letter.key()).withHeaders(headers).build());
    }
}
