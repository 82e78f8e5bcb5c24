package dev.newsflow.ingest.http;

import java.io.IOException;

/** An exchange ran out of time: connect, read (silence) or total timeout. Transient. */
public final class ExchangeTimeoutException extends IOException {
    public ExchangeTimeoutException(String message) {
        super(message);
    }
}
