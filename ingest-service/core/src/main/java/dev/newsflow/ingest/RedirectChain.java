package dev.newsflow.ingest;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.UrlText;
import dev.newsflow.ingest.http.ExchangeResult;
import dev.newsflow.ingest.http.ExchangeTimeoutException;
import dev.newsflow.ingest.http.HttpExchanger;
import dev.newsflow.ingest.http.ResponseHead;
import dev.newsflow.ingest.net.Destination;
import dev.newsflow.ingest.politeness.HostGates;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * One exchange with redirects, the only redirect loop of the fetcher (pages and robots.txt alike): every hop is
 * admitted by the caller's {@link Gate} (which vets the address and returns the {@link Destination} to connect to),
 * exchanged once, and followed if it redirects, until a final response, a refusal or a failure.
 */
final class RedirectChain {

    /** Decides whether a hop may be requested now; {@code R} is the caller's way of saying no. */
    @FunctionalInterface
    interface Gate<R> {
        /** @param hop 0 for the first request, n for the n-th redirect */
        Admit<R> admit(URI uri, int hop) throws IOException, InterruptedException;
    }

    /** Either where to connect (and a permit held during the exchange) or a refusal. */
    record Admit<R>(Destination destination, HostGates.Permit permit, R refusal) {
        static <R> Admit<R> go(Destination destination, HostGates.Permit permit) {
            return new Admit<>(destination, permit, null);
        }

        static <R> Admit<R> refuse(R refusal) {
            return new Admit<>(null, null, refusal);
        }
    }

    /** Why a chain stopped without a final response. */
    enum Failure { TIMEOUT, NETWORK, BAD_REDIRECT, LOOP, TOO_MANY_REDIRECTS }

    sealed interface Result<R> {
    }

    /** @param redirects the URLs that redirected, in order; {@code hopNote} describes the last hop for messages */
    record Final<R>(ExchangeResult response, List<String> redirects, Destination destination, String hopNote) implements Result<R> {
    }

    record Refused<R>(R refusal) implements Result<R> {
    }

    /** @param status the HTTP status of the hop that failed (0 if there was none) */
    record Failed<R>(Failure failure, int status, String reason) implements Result<R> {
    }

    private final HttpExchanger http;

    RedirectChain(HttpExchanger http) {
        this.http = http;
    }

    static String hopNote(int hop, URI uri) {
        return hop == 0 ? "" : " (redirect hop " + hop + ": " + uri + ")";
    }

    /**
     * @param start        a canonical URL (redirect targets are canonicalized the same way)
     * @param maxRedirects hops followed before giving up
     * @param headers      request headers of every hop
     * @param bodyCap      how many body bytes to keep of a response
     */
    <R> Result<R> follow(URI start, int maxRedirects, Gate<R> gate, Map<String, String> headers,
                         ToIntFunction<ResponseHead> bodyCap) throws IOException, InterruptedException {
        List<String> redirects = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(start.toString());
        URI current = start;
        while (true) {
            String hopNote = hopNote(redirects.size(), current);
            Admit<R> admit = gate.admit(current, redirects.size());
            if (admit.refusal() != null) {
                return new Refused<>(admit.refusal());
            }
            ExchangeResult response;
            try (HostGates.Permit ignored = admit.permit()) {
                response = http.get(admit.destination(), headers, bodyCap);
            } catch (ExchangeTimeoutException e) {
                return new Failed<>(Failure.TIMEOUT, 0, e.getMessage() + hopNote);
            } catch (IOException e) {
                return new Failed<>(Failure.NETWORK, 0, "network error: " + describe(e) + hopNote);
            }
            int status = response.status();
            if (!isRedirect(status)) {
                return new Final<>(response, List.copyOf(redirects), admit.destination(), hopNote);
            }
            String next;
            try {
                next = redirectTarget(current, response);
            } catch (IllegalArgumentException | MalformedURLException e) {
                return new Failed<>(Failure.BAD_REDIRECT, status, e.getMessage() + hopNote);
            }
            if (!visited.add(next)) {
                return new Failed<>(Failure.LOOP, status, "redirect loop: " + next + " visited twice");
            }
            if (redirects.size() >= maxRedirects) {
                return new Failed<>(Failure.TOO_MANY_REDIRECTS, status, "too many redirects (more than " + maxRedirects + ")");
            }
            redirects.add(current.toString());
            current = URI.create(next);
        }
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The canonical URL a redirect points to; IllegalArgumentException says why it cannot be followed. */
    private static String redirectTarget(URI current, ExchangeResult response) throws MalformedURLException {
        String location = UrlText.fromHeader(response.header("location"));
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("redirect without Location");
        }
        String resolved = UrlText.prepare(new URL(current.toURL(), UrlText.prepare(location)).toString());
        try {
            String canonical = DocIds.canonicalUrl(resolved);
            URI.create(canonical);
            return canonical;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad redirect target " + location + ": " + e.getMessage(), e);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
