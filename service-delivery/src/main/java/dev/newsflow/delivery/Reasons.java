package dev.newsflow.delivery;

/** The one-sentence reason a record could not be processed, as carried in the {@code dead-letter-reason} header. */
public final class Reasons {
    /** Long enough for Elasticsearch's mapping errors, short enough that the header never matters for size. */
    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /**
     * Our own rejections ({@link IllegalArgumentException}: bad input) are sentences already; anything else is
     * named by its type, so that a bug reads as a bug ({@code NullPointerException: ...}) and not as bad input.
     */
    public static String of(Throwable failure) {
        String message = failure.getMessage();
        String text;
        if (failure instanceof StackOverflowError) {
            text = "the record is nested too deeply to process (stack overflow)";
        } else if (failure instanceof IllegalArgumentException && message != null && !message.isBlank()) {
            text = message;
        } else {
            text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        }
        return clip(text);
    }

    /** One line, at most {@link #MAX_LENGTH} characters. */
    public static String clip(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
