package dev.newsflow.ingest.robots;

import java.io.IOException;
import java.net.URI;

/** Downloads a robots.txt (following redirects, through the address guard). */
@FunctionalInterface
public interface RobotsSource {

    /** @param status the final HTTP status; body and contentType only meaningful for 2xx */
    record Response(int status, byte[] body, String contentType) {
    }

    Response fetch(URI robotsUri) throws IOException, InterruptedException;
}
