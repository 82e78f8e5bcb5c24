package dev.newsflow.ingest.content;

import dev.newsflow.common.charset.CharsetDecider;
import dev.newsflow.common.charset.CharsetDecision;
import dev.newsflow.common.charset.CharsetLabels;

import java.nio.charset.Charset;

/**
 * Charset evidence of a page as ingest records it in {@code pages.raw}: what it declares and what its bytes look
 * like. The rules are the chain's one charset decision ({@link CharsetDecider}, {@link CharsetLabels}), the same
 * that clean decodes with.
 */
public final class Charsets {

    private Charsets() {
    }

    /** From the Content-Type header, or else a {@code <meta>} in the first bytes of an HTML body; null when none. */
    public static String declared(String contentTypeHeader, byte[] body) {
        return CharsetDecider.declared(contentTypeHeader, body);
    }

    /**
     * The charset decision of a body as clean would make it (BOM, the header's {@code charset}, {@code <meta>},
     * then the bytes), recorded in {@code pages.raw} with its source for clean to decode by.
     */
    public static CharsetDecision decide(String contentTypeHeader, byte[] body) {
        return CharsetDecider.decide(body, contentTypeHeader);
    }

    /** The charset the bytes look like: UTF-8 when they are valid UTF-8, else the detector's guess. */
    public static String detected(byte[] body) {
        Charset c = CharsetDecider.detect(body);
        return c == null ? null : c.name();
    }

    /** The canonical name of the decoder for a label (the GB family widens to GB18030, Big5 to Big5-HKSCS). */
    public static String canonical(String name) {
        return CharsetLabels.canonical(name);
    }
}
