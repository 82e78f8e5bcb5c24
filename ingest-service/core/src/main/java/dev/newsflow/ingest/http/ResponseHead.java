package dev.newsflow.ingest.http;

import java.net.http.HttpHeaders;

/** Status and headers of a response, before its body is read: enough to decide how much of the body to keep. */
public record ResponseHead(int status, HttpHeaders headers) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
