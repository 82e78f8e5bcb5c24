package dev.newsflow.ingest;

import dev.newsflow.ingest.content.ContentDecoder;
import dev.newsflow.ingest.http.ExchangeResult;
import dev.newsflow.ingest.net.AddressGuard;
import dev.newsflow.ingest.net.BlockedAddressException;
import dev.newsflow.ingest.politeness.HostGates;
import dev.newsflow.ingest.robots.RobotsSource;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * robots.txt through the same {@link RedirectChain} as pages: each hop vetted and pinned by the address guard;
 * no robots.txt or politeness check of its own (RFC 9309 asks for it before the site's pages).
 */
final class RobotsFetcher implements RobotsSource {

    /** RFC 9309: crawlers must parse at least 500 KiB of robots.txt. */
    static final int MAX_ROBOTS_BYTES = 512 * 1024;
    /** RFC 9309: follow at least five redirects; past them robots.txt is unavailable. */
    static final int MAX_ROBOTS_REDIRECTS = 5;

    private static final RobotsSource.Response UNAVAILABLE = new RobotsSource.Response(404, new byte[0], null);
    private static final HostGates.Permit NO_PERMIT = () -> {
    };

    private final AddressGuard guard;
    private final RedirectChain chain;

    RobotsFetcher(AddressGuard guard, RedirectChain chain) {
        this.guard = guard;
        this.chain = chain;
    }

    @Override
    public Response fetch(URI robotsUri) throws IOException, InterruptedException {
        RedirectChain.Gate<Response> gate = (uri, hop) -> {
            try {
                return RedirectChain.Admit.go(guard.vet(uri), NO_PERMIT);
            } catch (BlockedAddressException e) {
                // a robots.txt we may not read is an unavailable one (RFC 9309: treat as 4xx)
                return RedirectChain.Admit.refuse(UNAVAILABLE);
            }
        };
        RedirectChain.Result<Response> result = chain.follow(robotsUri, MAX_ROBOTS_REDIRECTS, gate,
                Map.of("Accept-Encoding", PageRequests.ACCEPT_ENCODING),
                head -> head.status() >= 200 && head.status() < 300 ? MAX_ROBOTS_BYTES : PageRequests.MAX_IGNORED_BODY_BYTES);
        if (result instanceof RedirectChain.Refused<Response> refused) {
            return refused.refusal();
        }
        if (result instanceof RedirectChain.Failed<Response> failed) {
            return switch (failed.failure()) {
                // the rules are unknown for now: the cache defers the site
                case TIMEOUT, NETWORK -> throw new IOException(failed.reason());
                case BAD_REDIRECT, LOOP, TOO_MANY_REDIRECTS -> UNAVAILABLE;
            };
        }
        ExchangeResult response = ((RedirectChain.Final<Response>) result).response();
        int status = response.status();
        byte[] body = response.body();
        if (status >= 200 && status < 300) {
            body = ContentDecoder.decode(response.header("content-encoding"), body, response.bodyTruncated(), MAX_ROBOTS_BYTES).body();
        }
        return new Response(status, body, response.header("content-type"));
    }
}
