package dev.newsflow.ingest;

import dev.newsflow.ingest.net.AddressGuard;
import dev.newsflow.ingest.net.BlockedAddressException;
import dev.newsflow.ingest.net.Destination;
import dev.newsflow.ingest.politeness.HostCooldowns;
import dev.newsflow.ingest.politeness.HostGates;
import dev.newsflow.ingest.robots.RobotsCache;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The checks before every page request, first hop and redirects alike: address guard (resolve once, vet, pin),
 * robots.txt, host back-off, then a turn on the host's gate (delay, concurrency). A refusal is the
 * {@link FetchOutcome} of the whole fetch.
 */
final class Admission {

    private final AddressGuard guard;
    private final RobotsCache robots;
    private final HostCooldowns cooldowns;
    private final HostGates gates;
    private final RetryPolicy retries;
    private final Clock clock;
    private final Duration maxCrawlDelay;
    private final Duration maxHostWait;

    /** @param robots null when robots.txt is not obeyed */
    Admission(AddressGuard guard, RobotsCache robots, HostCooldowns cooldowns, HostGates gates, RetryPolicy retries,
              Clock clock, FetchPolicy policy) {
        this.guard = guard;
        this.robots = robots;
        this.cooldowns = cooldowns;
        this.gates = gates;
        this.retries = retries;
        this.clock = clock;
        this.maxCrawlDelay = policy.maxCrawlDelay();
        this.maxHostWait = policy.maxHostWait();
    }

    /** The gate of one fetch: refusals name the canonical URL and spend (or not) this attempt. */
    RedirectChain.Gate<FetchOutcome> forFetch(String canonical, int attempt) {
        return (uri, hop) -> admit(uri, canonical, attempt, RedirectChain.hopNote(hop, uri));
    }

    private RedirectChain.Admit<FetchOutcome> admit(URI uri, String canonical, int attempt, String hopNote)
            throws InterruptedException {
        String host = AddressGuard.hostOf(uri);
        Destination destination;
        try {
            destination = guard.vet(uri);
        } catch (BlockedAddressException e) {
            return RedirectChain.Admit.refuse(new FetchOutcome.Rejected(canonical, 0, e.getMessage() + hopNote));
        } catch (UnknownHostException e) {
            return RedirectChain.Admit.refuse(retries.decide(canonical, attempt, 0, "unknown host " + host + hopNote, null));
        }
        Duration crawlDelay = null;
        if (robots != null) {
            RobotsCache.Verdict verdict = robots.check(uri);
            if (verdict.deferred()) {
                return RedirectChain.Admit.refuse(retries.decideNotBefore(canonical, attempt, 0, verdict.reason() + hopNote, verdict.expiresAt()));
            }
            if (!verdict.allowed()) {
                return RedirectChain.Admit.refuse(new FetchOutcome.Rejected(canonical, 0, "disallowed by robots.txt" + hopNote));
            }
            crawlDelay = capped(verdict.crawlDelay());
        }
        Instant coolingUntil = cooldowns.activeUntil(host);
        if (coolingUntil != null) {
            // not this URL's failure: the same attempt, once the host is willing again
            return RedirectChain.Admit.refuse(new FetchOutcome.Retry(canonical, attempt, coolingUntil,
                    "host " + host + " asked to back off" + hopNote));
        }
        HostGates.Turn turn = gates.acquire(host, crawlDelay, maxHostWait);
        if (!turn.granted()) {
            // the host's queue is long: come back later rather than hold this thread (no attempt spent)
            return RedirectChain.Admit.refuse(new FetchOutcome.Retry(canonical, attempt,
                    clock.instant().plus(retries.spread(turn.busyFor())), "host " + host + " busy (politeness)" + hopNote));
        }
        return RedirectChain.Admit.go(destination, turn.permit());
    }

    private Duration capped(Duration crawlDelay) {
        if (crawlDelay == null) {
            return null;
        }
        return crawlDelay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : crawlDelay;
    }
}
