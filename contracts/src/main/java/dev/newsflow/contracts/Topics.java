package dev.newsflow.contracts;

/** Kafka topic names of the pipeline. Each stage reads one topic and writes the next; failures go to the topic's dead-letter twin. */
public final class Topics {
    public static final String URLS = "urls";
    /** Fetches waiting for their not-before time ({@link RetryRequest}); ingest-service writes and reads it. */
    public static final String URLS_RETRY = "urls.retry";
    public static final String PAGES_RAW = "pages.raw";
    public static final String PAGES_CLEAN = "pages.clean";
    public static final String PAGES_ENRICHED = "pages.enriched";

    /** Records a stage could not process, with the reason in the {@code dead-letter-reason} header. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    /** The topics stages read; each has a dead-letter twin. */
    public static final java.util.List<String> ALL = java.util.List.of(URLS, URLS_RETRY, PAGES_RAW, PAGES_CLEAN, PAGES_ENRICHED);

    /** Every dead-letter topic, one per input topic. */
    public static final java.util.List<String> DEAD_LETTERS = ALL.stream().map(Topics::deadLetter).toList();

    /**
     * The largest record a pipeline topic accepts ({@code max.message.bytes}, set when topics are created) and so
     * the {@code max.request.size} of every producer writing it. A 4 MiB body (the fetch limit) is 5.6 MiB in base64.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /**
     * The same for dead-letter topics: room for the largest input record plus the dead-letter headers (the reason
     * is at most 1,000 characters), so dead-lettering can never fail for size.
     */
    public static final int DEAD_LETTER_MAX_MESSAGE_BYTES = MAX_MESSAGE_BYTES + 64 * 1024;

    /** The topic a dead-letter topic's records came from. */
    public static String sourceOf(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(".dlq")) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic (name ends with .dlq)");
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - 4);
    }

    private Topics() {
    }
}
