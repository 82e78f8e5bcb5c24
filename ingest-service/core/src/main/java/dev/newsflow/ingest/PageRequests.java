package dev.newsflow.ingest;

import dev.newsflow.ingest.content.ContentTypes;
import dev.newsflow.ingest.http.ResponseHead;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a page request asks for (headers, conditional validators) and how much of each response it keeps. */
final class PageRequests {

    static final String ACCEPT_ENCODING = "gzip, deflate, br";
    /** Bodies of redirects and errors are read up to this size (so the connection can be reused), else dropped. */
    static final int MAX_IGNORED_BODY_BYTES = 16 * 1024;

    private PageRequests() {
    }

    /** Accept headers, plus If-None-Match / If-Modified-Since when the page was fetched before. */
    static Map<String, String> headers(FetchHistory.Entry previous) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", ContentTypes.ACCEPT_HEADER);
        headers.put("Accept-Encoding", ACCEPT_ENCODING);
        if (previous != null) {
            if (previous.etag() != null) {
                headers.put("If-None-Match", previous.etag());
            }
            if (previous.lastModified() != null) {
                headers.put("If-Modified-Since", previous.lastModified());
            }
        }
        return headers;
    }

    /** A 2xx of an accepted type up to the body limit; a little of redirects and errors; nothing of other types. */
    static int bodyCap(ResponseHead head, long maxBodyBytes) {
        int status = head.status();
        if (status < 200 || status >= 300) {
            return MAX_IGNORED_BODY_BYTES;
        }
        String mediaType = ContentTypes.mediaType(head.header("content-type"));
        if (mediaType != null && !ContentTypes.isAccepted(mediaType)) {
            return 0;
        }
        return (int) maxBodyBytes;
    }
}
