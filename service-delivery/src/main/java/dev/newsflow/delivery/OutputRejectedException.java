package dev.newsflow.delivery;

/** Kafka refused the output for good (too large, not serializable): the input record goes to its dead-letter topic. */
public class OutputRejectedException extends IllegalArgumentException {
    public OutputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
