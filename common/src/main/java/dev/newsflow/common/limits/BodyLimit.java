package dev.newsflow.common.limits;

/**
 * The one cap on a page body's bytes: ingest stops reading there and clean decodes no more, so raising it in one
 * place ({@value #PROPERTY}, env {@value #ENV}) raises it for the whole chain.
 */
public final class BodyLimit {
    public static final String PROPERTY = "newsflow.fetch.max-body-bytes";
    public static final String ENV = "NEWSFLOW_FETCH_MAX_BODY_BYTES";
    /** 4 MiB: far above any news article page, low enough that a hostile body cannot exhaust memory. */
    public static final int DEFAULT_BYTES = 4 * 1024 * 1024;

    private BodyLimit() {
    }

    /** The cap from the environment ({@value #ENV}) or the system property, else the default. */
    public static int fromEnvironment() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            v = System.getenv(ENV);
        }
        if (v == null || v.isBlank()) {
            return DEFAULT_BYTES;
        }
        try {
            int bytes = Integer.parseInt(v.strip());
            if (bytes <= 0) {
                throw new IllegalArgumentException(ENV + " must be a positive number of bytes, not " + v);
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ENV + " must be a number of bytes, not " + v, e);
        }
    }
}
