package dev.newsflow.common.charset;

import java.nio.charset.Charset;

/**
 * The charset to decode a body with, where that came from, and how many leading bytes (a byte-order mark) to skip.
 */
public record CharsetDecision(Charset charset, CharsetSource source, int skip) {
    public boolean guessed() {
        return source == CharsetSource.DETECTED;
    }
}
