package dev.newsflow.delivery;

import java.time.Duration;

/** The pause between retries of a send Kafka did not accept: doubling from half a second up to 30 s. */
public final class Backoff {
    public static final Duration FIRST = Duration.ofMillis(500);
    public static final Duration LONGEST = Duration.ofSeconds(30);

    private Backoff() {
    }
}
