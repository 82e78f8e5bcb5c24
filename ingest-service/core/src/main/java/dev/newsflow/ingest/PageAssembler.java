package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.content.Charsets;
import dev.newsflow.ingest.content.ContentDecoder;
import dev.newsflow.ingest.content.ContentTypes;
import dev.newsflow.ingest.http.ExchangeResult;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A 2xx response made into a {@link RawPage}: content type checked (or sniffed), body decoded with the bomb
 * check, hashed, charset evidence noted; the fetch history updated, and an unchanged body answered NotModified.
 */
final class PageAssembler {

    /** Response headers not passed on: the body in RawPage is always decoded. */
    private static final Set<String> DROPPED_HEADERS = Set.of("content-encoding", "content-length", "transfer-encoding");

    private final long maxBodyBytes;
    private final FetchHistory history;
    private final Clock clock;

    PageAssembler(long maxBodyBytes, FetchHistory history, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.history = history;
        this.clock = clock;
    }

    FetchOutcome assemble(UrlRequest request, String canonical, String docId, List<String> redirects,
                          ExchangeResult response, FetchHistory.Entry previous) {
        int status = response.status();
        String contentTypeHeader = response.header("content-type");
        String mediaType = ContentTypes.mediaType(contentTypeHeader);
        if (mediaType != null && !ContentTypes.isAccepted(mediaType)) {
            return new FetchOutcome.Rejected(canonical, status, "unsupported content type: " + mediaType);
        }
        ContentDecoder.Decoded decoded;
        String encoding = response.header("content-encoding");
        try {
            decoded = ContentDecoder.decode(encoding, response.body(), response.bodyTruncated(), (int) maxBodyBytes);
        } catch (ContentDecoder.UnsupportedEncodingException e) {
            return new FetchOutcome.Rejected(canonical, status, e.getMessage());
        } catch (IOException e) {
            return new FetchOutcome.Rejected(canonical, status, "corrupt " + encoding + " body: " + RedirectChain.describe(e));
        }
        if (decoded.bomb()) {
            return new FetchOutcome.Rejected(canonical, status, "decompression bomb: " + response.body().length
                    + " " + encoding + " bytes expand past the " + maxBodyBytes + "-byte limit");
        }
        byte[] body = decoded.body();
        if (mediaType == null) {
            mediaType = ContentTypes.sniff(body);
            if (mediaType == null) {
                return new FetchOutcome.Rejected(canonical, status, "no Content-Type and the body does not look like HTML");
            }
        }
        String hash = sha256(body);
        boolean unchanged = previous != null && hash.equals(previous.contentHash());
        history.put(docId, new FetchHistory.Entry(clock.instant(), response.header("etag"), response.header("last-modified"), hash));
        if (unchanged) {
            return new FetchOutcome.NotModified(docId, canonical);
        }
        String declared = Charsets.declared(contentTypeHeader, mediaType.equals("text/plain") ? new byte[0] : body);
        return new FetchOutcome.Fetched(new RawPage(
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
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                hash,
                request.source()));
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

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
