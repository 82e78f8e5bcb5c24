package dev.newsflow.ingest.http;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * One HTTP response as received: status, headers and the (still encoded) body bytes that were kept.
 *
 * @param bodyTruncated the body was longer than the cap given for it and was cut
 */
public record ExchangeResult(URI uri, int status, HttpHeaders headers, byte[] body, boolean bodyTruncated) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
