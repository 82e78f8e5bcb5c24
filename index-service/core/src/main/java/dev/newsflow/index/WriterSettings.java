package dev.newsflow.index;

import java.time.Duration;

/**
 * How {@link NewsWriter} batches and retries. index-service reads each from its application.properties
 * ({@code newsflow.index.*}); these defaults are the same values, and index-app's WriterSettingsTest fails when
 * the two drift apart.
 *
 * @param maxOperations  documents per bulk request (flush when reached)
 * @param maxBytes       bytes per bulk request (flush when reached)
 * @param flushInterval  longest a document waits for its bulk request
 * @param maxInFlight    documents accepted but not yet answered; {@link NewsWriter#write} blocks beyond it (backpressure)
 * @param firstRetry     pause before retrying a document Elasticsearch could not take (429, 5xx, unreachable)
 * @param longestRetry   ceiling of the doubling pause
 */
public record WriterSettings(int maxOperations, long maxBytes, Duration flushInterval, int maxInFlight,
                             Duration firstRetry, Duration longestRetry) {

    public static WriterSettings defaults() {
        return new WriterSettings(500, 5L * 1024 * 1024, Duration.ofMillis(200), 2_000, Duration.ofMillis(500), Duration.ofSeconds(30));
    }
}
