package dev.newsflow.ingest;

import dev.newsflow.common.charset.CharsetDecision;
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
 * A 2xx response made into a {@link RawPage}: content type checked (or sniffed), body decoded with the bomb
 * check, hashed, charset evidence noted; for live fetches the fetch history updated, and an unchanged body answered
 * NotModified. {@link #build} alone (no history) also makes the pages of archived responses ({@code ./pipeline import}).
 */
public final class PageAssembler {

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

    /** A page, or the one-sentence reason there is none. */
    public sealed interface Result permits Page, Refused {
    }

    public record Page(RawPage page) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    FetchOutcome assemble(UrlRequest request, String canonical, String docId, List<String> redirects,
                          ExchangeResult response, FetchHistory.Entry previous) {
        Result result = build(canonical, docId, redirects, response, maxBodyBytes, clock.instant(), request.source());
        if (result instanceof Refused refused) {
            return new FetchOutcome.Rejected(canonical, response.status(), refused.reason());
        }
        RawPage page = ((Page) result).page();
        boolean unchanged = previous != null && page.contentHash().equals(previous.contentHash());
        history.put(docId, new FetchHistory.Entry(clock.instant(), response.header("etag"), response.header("last-modified"), page.contentHash()));
        if (unchanged) {
            return new FetchOutcome.NotModified(docId, canonical);
        }
        return new FetchOutcome.Fetched(page);
    }

    /**
     * The page of one final 2xx response.
     *
     * @param canonical the canonical URL the page is known by (its document id is {@code docId})
     * @param redirects URLs that answered with a redirect on the way, without the final one
     * @param fetchedAt when the response was received (for an archived one: its capture time)
     * @param source    the producer's label, carried on
     */
    public static Result build(String canonical, String docId, List<String> redirects, ExchangeResult response,
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
            return new Refused("corrupt " + encoding + " body: " + RedirectChain.describe(e));
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
        // the one charset decision, carried with its source so that clean decodes by it instead of deciding again
        CharsetDecision charset = Charsets.decide(contentTypeHeader, body);
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
                charset.charset().name(),
                body,
                decoded.truncated(),
                OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC),
                sha256(body),
                source,
                charset.source().label()));
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
