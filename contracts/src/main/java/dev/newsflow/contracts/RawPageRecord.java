package dev.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Kafka record value of {@code pages.raw}: a small binary envelope that carries the page body as the bytes
 * fetched, not as base64 inside JSON, so neither stage spends more time on the encoding than on the page.
 * <pre>
 *   4 bytes  magic 0x00 'N' 'F' 'R'
 *   1 byte   envelope format (1)
 *   4 bytes  length M of the metadata, big-endian
 *   M bytes  the RawPage as JSON without "body" (UTF-8; carries schemaVersion, unknown fields ignored)
 *   rest     the body, bytes as fetched
 * </pre>
 * {@link #decode} also reads the older form, the whole {@link RawPage} as JSON with a base64 body, so records
 * written before an upgrade are still cleaned.
 */
public final class RawPageRecord {
    static final byte[] MAGIC = {0x00, 'N', 'F', 'R'};
    static final byte FORMAT = 1;
    private static final int PREFIX = MAGIC.length + 1 + 4;

    @JsonIgnoreProperties("body")
    private interface WithoutBody {
    }

    private static final ObjectMapper META_MAPPER = Json.MAPPER.copy().addMixIn(RawPage.class, WithoutBody.class);
    private static final ObjectWriter META_WRITER = META_MAPPER.writerFor(RawPage.class);

    private RawPageRecord() {
    }

    /** The record value for a page: one copy of the body, no text encoding of it. */
    public static byte[] encode(RawPage page) {
        byte[] meta;
        try {
            meta = META_WRITER.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the metadata of " + page.docId(), e);
        }
        byte[] body = page.body() == null ? new byte[0] : page.body();
        ByteBuffer out = ByteBuffer.allocate(PREFIX + meta.length + body.length);
        out.put(MAGIC).put(FORMAT).putInt(meta.length).put(meta).put(body);
        return out.array();
    }

    /**
     * Reads a record value in either form.
     *
     * @throws Json.MessageFormatException when it is neither (it belongs on the dead-letter topic with this reason)
     */
    public static RawPage decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new Json.MessageFormatException("empty pages.raw record", null);
        }
        if (!hasMagic(value)) {
            return Json.readMessage(value, RawPage.class);
        }
        if (value.length < PREFIX) {
            throw new Json.MessageFormatException("pages.raw record cut short: " + value.length + " bytes", null);
        }
        ByteBuffer in = ByteBuffer.wrap(value);
        in.position(MAGIC.length);
        byte format = in.get();
        if (format != FORMAT) {
            throw new Json.MessageFormatException("pages.raw envelope format " + format + " is newer than this reader (" + FORMAT + ")", null);
        }
        int metaLength = in.getInt();
        if (metaLength < 0 || metaLength > value.length - PREFIX) {
            throw new Json.MessageFormatException("pages.raw envelope names " + metaLength + " bytes of metadata but holds "
                    + (value.length - PREFIX), null);
        }
        RawPage meta;
        try {
            meta = META_MAPPER.readValue(value, PREFIX, metaLength, RawPage.class);
        } catch (IOException e) {
            throw new Json.MessageFormatException("not a valid RawPage envelope: " + e.getMessage(), e);
        }
        byte[] body = Arrays.copyOfRange(value, PREFIX + metaLength, value.length);
        RawPage page = meta.withBody(body);
        page.validate();
        return page;
    }

    private static boolean hasMagic(byte[] value) {
        if (value.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (value[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
