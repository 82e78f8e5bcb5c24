package dev.newsflow.testplatform;

/**
 * What a test asks of the platform beyond "Kafka and Elasticsearch".
 *
 * @param secured servers with authentication on (the platforms' secured mode) instead of the open default
 */
public record PlatformOptions(boolean secured) {
    public static final PlatformOptions DEFAULT = new PlatformOptions(false);
    public static final PlatformOptions SECURED = new PlatformOptions(true);
}
