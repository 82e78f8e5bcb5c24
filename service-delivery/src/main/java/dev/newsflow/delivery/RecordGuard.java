package dev.newsflow.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a stage on one input record so that no record can stop the consumer: whatever the stage throws (bad JSON,
 * {@code {}}, {@code null}, a tombstone, a wrong schemaVersion, an output Kafka refuses, a bug) sends the record
 * to its dead-letter topic with the reason, and the next record is processed. Transient output failures never get
 * here: {@link ReliableSender} retries them.
 */
@ApplicationScoped
public class RecordGuard {
    private static final Logger LOG = Logger.getLogger(RecordGuard.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    /** @return whether the stage processed the record (false: it was dead-lettered) */
    public boolean process(String stage, ConsumerRecord<String, byte[]> record, Consumer<byte[]> work) {
        return process(stage, reason -> DeadLetter.of(record, reason), () -> work.accept(record.value()));
    }

    /** As above, for a record known by its dead letter (built from the reason) rather than a consumer record. */
    public boolean process(String stage, Function<String, DeadLetter> letter, Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            DeadLetter dead = letter.apply(Reasons.of(e));
            LOG.debugf(e, "%s could not process %s", stage, dead.where());
            metrics.counter("newsflow.records", "stage", stage, "outcome", "dead_letter").increment();
            deadLetters.send(dead);
            return false;
        } catch (Error e) {
            // out of memory and the like say nothing about the record: the connector's backstop dead-letters the
            // batch (sized like the input topic), and this line says why it did
            LOG.errorf("%s stopped processing a record: %s; the connector dead-letters the batch", stage, e);
            throw e;
        }
    }
}
