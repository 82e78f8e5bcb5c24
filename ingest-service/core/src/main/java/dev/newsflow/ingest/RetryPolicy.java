package dev.newsflow.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/**
 * Turns a transient failure into a decision: try again later (exponential backoff with jitter, or the
 * server's Retry-After), or give up once the attempts are spent. Never sleeps: the caller schedules the retry.
 */
public final class RetryPolicy {

    /** Retry-After values above this are clamped: a server cannot park a URL for a week. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final Clock clock;
    private final DoubleSupplier random;

    public RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxBackoff, Clock clock, DoubleSupplier random) {
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
        this.random = random;
    }

    /** Whether a status is worth retrying: 408, 429 and every 5xx except 501 and 505 (which will not change). */
    public static boolean isTransient(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    /**
     * @param attempt    the attempt that just failed, from 1
     * @param status     the HTTP status, 0 for a network failure
     * @param retryAfter the server's Retry-After, or null
     */
    public FetchOutcome decide(String url, int attempt, int status, String reason, Duration retryAfter) {
        if (attempt >= maxAttempts) {
            return new FetchOutcome.Rejected(url, status, "gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": " + reason);
        }
        Duration delay = retryAfter != null ? clamp(retryAfter) : jittered(attempt);
        return new FetchOutcome.Retry(url, attempt + 1, clock.instant().plus(delay), reason);
    }

    /** As {@link #decide} but not before {@code earliest} (e.g. when robots.txt may be asked again). */
    public FetchOutcome decideNotBefore(String url, int attempt, int status, String reason, Instant earliest) {
        Duration wait = Duration.between(clock.instant(), earliest);
        return decide(url, attempt, status, reason, wait.isNegative() ? Duration.ZERO : wait);
    }

    /** base * 2^(attempt-1), capped, then "equal jitter": half of it fixed, the other half random. */
    Duration jittered(int attempt) {
        long baseMillis = baseBackoff.toMillis();
        int doublings = Math.min(attempt - 1, 40);
        long capped = Math.min(maxBackoff.toMillis(), baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings);
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }

    /** A wait stretched by up to 100% at random, so that callers told "busy" together do not return together. */
    public Duration spread(Duration wait) {
        return wait.plusMillis((long) (random.getAsDouble() * wait.toMillis()));
    }

    private static Duration clamp(Duration d) {
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    /** Parses Retry-After: delta-seconds or an HTTP date. Null when absent or unreadable. */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER.toSeconds()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
