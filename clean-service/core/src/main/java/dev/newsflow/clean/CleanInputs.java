package dev.newsflow.clean;

import dev.newsflow.contracts.RawPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one way the clean core's input is built, used by the service ({@code pages.raw}), the core CLI and
 * {@code ./pipeline clean}: the same bytes give the same {@link RawInput}, so they give the same document.
 */
public final class CleanInputs {
    private CleanInputs() {
    }

    /**
     * A fetched page. Ingest's charset decision and its source travel as the carried evidence, which the decoder
     * takes unless the bytes contradict it; without it (older records) the HTTP Content-Type as sent (its
     * {@code charset} parameter counts as the header) and the page's own {@code <meta>} (labeled as meta, never as
     * header) are read again.
     */
    public static RawInput fromRawPage(RawPage page) {
        String contentType = header(page.headers(), "content-type");
        if (contentType == null) {
            contentType = page.contentType();
        }
        String url = page.finalUrl() != null ? page.finalUrl() : page.url();
        return new RawInput(page.docId(), url, page.body(), contentType, null, page.fetchedAt(),
                page.detectedCharset(), page.charsetSource());
    }

    /**
     * A saved page: files ending in .htm/.html are HTML, .txt plain text, others sniffed.
     *
     * @param url     nullable, the page's address (for ids, relative links and dates in the path)
     * @param charset nullable, the charset the operator states; it counts as the HTTP header
     */
    public static RawInput fromFile(Path file, String url, String charset) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                : name.endsWith(".txt") ? "text/plain" : null;
        return new RawInput(null, url, body, contentType, charset, null);
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
