package dev.newsflow.clean;

/** Input the clean stage cannot turn into an article (binary, empty, no text); the message says why in one sentence. */
public final class CleanException extends RuntimeException {
    public CleanException(String message) {
        super(message);
    }

    public CleanException(String message, Throwable cause) {
        super(message, cause);
    }
}
