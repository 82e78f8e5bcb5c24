package dev.newsflow.local;

import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** A WARC written here, read back into pages as a live fetch would have built them. */
class WarcImportTest {
    static final Instant CRAWLED = Instant.parse("2021-03-04T05:06:07Z");
    static final String GBK_PAGE = "<html><head><title>春季农业生产</title></head><body><p>各地抓紧春耕备耕。</p></body></html>";
    static final String UTF8_PAGE = "<html><head><meta charset=\"utf-8\"><title>新闻</title></head><body><p>正文段落</p></body></html>";

    @TempDir
    Path dir;

    /** warcinfo, a request, a GBK page, a gzip-encoded page, a redirect, a 404 and an image. */
    static Path writeSmallCrawl(Path file) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("newsflow test"))).build());
            writer.write(new WarcRequest.Builder("http://news.example.com/a.html").date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/a.html").addHeader("Host", "news.example.com").build()).build());
            writer.write(response("http://News.Example.com:80/a.html#top", 200, "text/html; charset=GBK", GBK_PAGE.getBytes(Charset.forName("GBK")), null));
            writer.write(response("http://news.example.com/b.html", 200, "text/html", gzip(UTF8_PAGE.getBytes(StandardCharsets.UTF_8)), "gzip"));
            writer.write(new WarcResponse.Builder("http://news.example.com/old").date(CRAWLED)
                    .body(new HttpResponse.Builder(301, "Moved").addHeader("Location", "/a.html").build()).build());
            writer.write(response("http://news.example.com/gone.html", 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), null));
            writer.write(response("http://news.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, String encoding) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found");
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        return new WarcResponse.Builder(url).date(CRAWLED).body(http.body(MediaType.parse(type), body).build()).build();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void responsesBecomePagesAsTheFetcherBuildsThemAndTheRestIsCountedByReason() throws IOException {
        Path warc = writeSmallCrawl(dir.resolve("crawl.warc.gz"));
        List<RawPage> pages = new ArrayList<>();
        WarcImport.Summary summary = new WarcImport(4 << 20, "warc:crawl").read(warc, pages::add);

        assertEquals(2, summary.pages());
        assertEquals(2, pages.size());
        RawPage gbk = pages.get(0);
        assertEquals("http://news.example.com/a.html", gbk.url(), "canonical URL: lower-case host, default port and fragment gone");
        assertEquals(DocIds.of("http://news.example.com/a.html"), gbk.docId());
        assertEquals("GB18030", gbk.declaredCharset(), "declared GBK, read as its superset as live fetches are");
        assertEquals(GBK_PAGE, new String(gbk.body(), Charset.forName("GBK")));
        assertEquals("text/html", gbk.contentType());
        assertEquals(OffsetDateTime.ofInstant(CRAWLED, ZoneOffset.UTC), gbk.fetchedAt(), "fetched when crawled, not when imported");
        assertEquals("warc:crawl", gbk.source());
        assertEquals(200, gbk.status());

        RawPage gzipped = pages.get(1);
        assertEquals(UTF8_PAGE, new String(gzipped.body(), StandardCharsets.UTF_8), "content encoding undone");
        assertNull(gzipped.headers().get("content-encoding"));
        assertEquals(64, gzipped.contentHash().length());

        assertEquals(Map.of("HTTP 404", 1, "redirect", 1, "request record", 1, "unsupported content type: image/png", 1,
                "warcinfo record", 1), summary.skipped());
    }

    @Test
    void aBodyOverTheLimitIsCutAndFlaggedAsFetchesAre() throws IOException {
        Path warc = writeSmallCrawl(dir.resolve("crawl.warc.gz"));
        List<RawPage> pages = new ArrayList<>();
        new WarcImport(40, "warc:crawl").read(warc, pages::add);
        RawPage gbk = pages.get(0);
        assertTrue(gbk.truncated());
        assertEquals(40, gbk.body().length);
    }

    @Test
    void aFileThatIsNoWarcIsOneClearError() throws IOException {
        Path notWarc = java.nio.file.Files.writeString(dir.resolve("page.html"), "<html>no warc</html>");
        IOException e = assertThrows(IOException.class, () -> new WarcImport(1 << 20, "x").read(notWarc, p -> { }));
        assertTrue(e.getMessage().startsWith("cannot read " + notWarc + " as WARC"), e.getMessage());
    }
}
