package dev.newsflow.local;

/** A problem of the local platform, worded for the person at the terminal. */
public class PlatformException extends RuntimeException {
    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
