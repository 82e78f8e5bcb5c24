package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.ingest.content.Charsets;
import dev.newsflow.ingest.content.ContentDecoder;
import dev.newsflow.ingest.content.ContentTypes;
import dev.newsflow.ingest.http.ExchangeResult;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one final 2xx response into the {@link RawPage} of {@code pages.raw}: accepted content type, content
 * encoding undone within the body limit, media type sniffed when missing, charset evidence, content hash. The
 * fetcher (live responses) and the WARC import (archived ones) both build their pages here.
 */
public final class PageAssembler {
    /** Response headers not passed on: the body in RawPage is always decoded. */
    private static final Set<String> DROPPED_HEADERS = Set.of("content-encoding", "content-length", "transfer-encoding");

    private PageAssembler() {
    }

    /** A page, or the one-sentence reason there is none. */
    public sealed interface Result permits Page, Refused {
    }

    public record Page(RawPage page) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    /**
     * @param canonical the canonical URL the page is known by (its document id is {@code docId})
     * @param redirects URLs that answered with a redirect on the way, without the final one
     * @param source    the producer's label, carried on
     */
    public static Result assemble(String canonical, String docId, List<String> redirects, ExchangeResult response,
                                  long maxBodyBytes, Instant fetchedAt, String source) {
        int status = response.status();
        String contentTypeHeader = response.header("content-type");
        String mediaType = ContentTypes.mediaType(contentTypeHeader);
        if (mediaType != null && !ContentTypes.isAccepted(mediaType)) {
            return new Refused("unsupported content type: " + mediaType);
        }
        ContentDecoder.Decoded decoded;
        String encoding = response.header("content-encoding");
        try {
            decoded = ContentDecoder.decode(encoding, response.body(), response.bodyTruncated(), (int) maxBodyBytes);
        } catch (ContentDecoder.UnsupportedEncodingException e) {
            return new Refused(e.getMessage());
        } catch (IOException e) {
            return new Refused("corrupt " + encoding + " body: " + describe(e));
        }
        if (decoded.bomb()) {
            return new Refused("decompression bomb: " + response.body().length
                    + " " + encoding + " bytes expand past the " + maxBodyBytes + "-byte limit");
        }
        byte[] body = decoded.body();
        if (mediaType == null) {
            mediaType = ContentTypes.sniff(body);
            if (mediaType == null) {
                return new Refused("no Content-Type and the body does not look like HTML");
            }
        }
        String declared = Charsets.declared(contentTypeHeader, mediaType.equals("text/plain") ? new byte[0] : body);
        return new Page(new RawPage(
                RawPage.SCHEMA_VERSION,
                docId,
                canonical,
                response.uri().toString(),
                List.copyOf(redirects),
                status,
                headerMap(response.headers()),
                mediaType,
                declared,
                Charsets.detected(body),
                body,
                decoded.truncated(),
                OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC),
                sha256(body),
                source));
    }

    private static Map<String, String> headerMap(HttpHeaders headers) {
        Map<String, String> map = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!values.isEmpty() && !DROPPED_HEADERS.contains(key) && !key.startsWith(":")) {
                map.putIfAbsent(key, values.get(0));
            }
        });
        return map;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
