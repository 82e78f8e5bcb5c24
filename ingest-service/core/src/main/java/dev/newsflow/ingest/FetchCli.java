package dev.newsflow.ingest;

import dev.newsflow.contracts.RawPage;
import dev.newsflow.contracts.UrlRequest;

import java.util.HashSet;
import java.util.Set;

/**
 * Fetches one URL with the default policy and prints what happened.
 * Usage: {@code FetchCli URL [--allow HOST]... [--no-robots]}; exit status 0 when the page was fetched.
 */
public final class FetchCli {

    private FetchCli() {
    }

    public static void main(String[] args) {
        String url = null;
        Set<String> allowed = new HashSet<>();
        boolean robots = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--allow" -> {
                    if (i + 1 >= args.length) {
                        usage();
                        return;
                    }
                    allowed.add(args[++i]);
                }
                case "--no-robots" -> robots = false;
                default -> url = args[i];
            }
        }
        if (url == null) {
            usage();
            return;
        }
        FetchPolicy policy = FetchPolicy.defaults().withAllowedHosts(allowed).withRespectRobots(robots);
        FetchOutcome outcome;
        try (Fetcher fetcher = new Fetcher(policy)) {
            outcome = fetcher.fetch(UrlRequest.of(url), 1);
        }
        System.out.println(summary(outcome));
        System.exit(outcome instanceof FetchOutcome.Fetched ? 0 : 1);
    }

    static String summary(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            RawPage p = fetched.page();
            return "FETCHED " + p.url()
                    + "\n  final url:        " + p.finalUrl()
                    + "\n  redirects:        " + p.redirects()
                    + "\n  status:           " + p.status()
                    + "\n  content type:     " + p.contentType()
                    + "\n  declared charset: " + p.declaredCharset()
                    + "\n  charset:          " + p.detectedCharset() + " (" + p.charsetSource() + ")"
                    + "\n  body bytes:       " + p.body().length + (p.truncated() ? " (truncated)" : "")
                    + "\n  content hash:     " + p.contentHash()
                    + "\n  doc id:           " + p.docId();
        }
        if (outcome instanceof FetchOutcome.NotModified n) {
            return "NOT MODIFIED " + n.url();
        }
        if (outcome instanceof FetchOutcome.Retry r) {
            return "RETRY " + r.url() + " as attempt " + r.nextAttempt() + " not before " + r.notBefore() + ": " + r.reason();
        }
        FetchOutcome.Rejected r = (FetchOutcome.Rejected) outcome;
        return "REJECTED " + r.url() + (r.status() == 0 ? "" : " (HTTP " + r.status() + ")") + ": " + r.reason();
    }

    private static void usage() {
        System.err.println("usage: FetchCli URL [--allow HOST|HOST:PORT|CIDR]... [--no-robots]");
        System.exit(2);
    }
}
