package dev.newsflow.contracts;

/** Kafka topic names of the pipeline. Each stage reads one topic and writes the next; failures go to the topic's dead-letter twin. */
public final class Topics {
    public static final String URLS = "urls";
    public static final String PAGES_RAW = "pages.raw";
    public static final String PAGES_CLEAN = "pages.clean";
    public static final String PAGES_ENRICHED = "pages.enriched";

    /** Records a stage could not process, with the reason in the {@code dead-letter-reason} header. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    public static final java.util.List<String> ALL = java.util.List.of(URLS, PAGES_RAW, PAGES_CLEAN, PAGES_ENRICHED);

    private Topics() {
    }
}
