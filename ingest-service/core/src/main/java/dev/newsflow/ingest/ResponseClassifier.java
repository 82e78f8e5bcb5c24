package dev.newsflow.ingest;

import dev.newsflow.contracts.UrlRequest;
import dev.newsflow.ingest.http.ExchangeResult;
import dev.newsflow.ingest.politeness.HostCooldowns;

import java.time.Clock;
import java.time.Duration;

/**
 * The outcome of a final (non-redirect) response: 304 confirms the page unchanged, 2xx goes to the
 * {@link PageAssembler}, a permanent status rejects, a transient one retries (and a 429 or Retry-After
 * makes the whole host back off).
 */
final class ResponseClassifier {

    private final FetchHistory history;
    private final PageAssembler pages;
    private final RetryPolicy retries;
    private final HostCooldowns cooldowns;
    private final Clock clock;
    private final Duration baseBackoff;

    ResponseClassifier(FetchHistory history, PageAssembler pages, RetryPolicy retries, HostCooldowns cooldowns,
                       Clock clock, Duration baseBackoff) {
        this.history = history;
        this.pages = pages;
        this.retries = retries;
        this.cooldowns = cooldowns;
        this.clock = clock;
        this.baseBackoff = baseBackoff;
    }

    FetchOutcome classify(UrlRequest request, String canonical, String docId, RedirectChain.Final<FetchOutcome> last,
                          FetchHistory.Entry previous, int attempt) {
        ExchangeResult response = last.response();
        int status = response.status();
        String hopNote = last.hopNote();
        if (status == 304 && previous != null) {
            history.put(docId, new FetchHistory.Entry(clock.instant(), previous.etag(), previous.lastModified(), previous.contentHash()));
            return new FetchOutcome.NotModified(docId, canonical);
        }
        if (status >= 200 && status < 300) {
            return pages.assemble(request, canonical, docId, last.redirects(), response, previous);
        }
        if (!RetryPolicy.isTransient(status)) {
            return new FetchOutcome.Rejected(canonical, status, "HTTP " + status + hopNote);
        }
        Duration retryAfter = RetryPolicy.parseRetryAfter(response.header("retry-after"), clock.instant());
        FetchOutcome decision = retries.decide(canonical, attempt, status, "HTTP " + status + hopNote, retryAfter);
        if (status == 429 || retryAfter != null) {
            cooldowns.coolDown(last.destination().host(), decision instanceof FetchOutcome.Retry retry
                    ? retry.notBefore()
                    : clock.instant().plus(retryAfter != null ? retryAfter : baseBackoff));
        }
        return decision;
    }
}
