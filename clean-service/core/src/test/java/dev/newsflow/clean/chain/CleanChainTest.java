package dev.newsflow.clean.chain;

import dev.newsflow.clean.CleanInputs;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.Flags;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanChainTest {

    @Test
    void theStepsRunInThisOrder() {
        assertEquals(List.of("decode", "extract",
                "text-filters[WhitespaceNormalizer, MojibakeRepairer, PinyinAnnotationFilter, ScriptConverter, "
                        + "GarbledRunFilter, SpamFilter, LinkListFilter, LineReflow, MetadataFilter, DatelineFilter, TailCutter, "
                        + "BoilerplateFilter, TitleSelector, LeadSentenceTitle, TemplatePlaceholderFilter]",
                "assemble", "fingerprint", "dedup", "quality"), Cleaner.withDuplicateDetector(null).steps());
    }

    @Test
    void aRawPageTakesTheHeaderAsSentAndLeavesTheMetaToTheDecoder() {
        byte[] body = "<html><head><meta charset=\"gbk\"></head><body><p>正文</p></body></html>"
                .getBytes(Charset.forName("GB18030"));
        RawPage page = new RawPage(RawPage.SCHEMA_VERSION, "id", "http://example.com/a", "http://example.com/b",
                List.of(), 200, Map.of("Content-Type", "text/html; charset=utf-8"), "text/html", "GB18030", "GB18030",
                body, false, OffsetDateTime.parse("2024-01-02T03:04:05Z"), "hash", null);
        RawInput input = CleanInputs.fromRawPage(page);
        assertEquals("http://example.com/b", input.url());
        assertEquals("text/html; charset=utf-8", input.contentType());
        assertNull(input.declaredCharset(), "the fetcher's header-or-meta guess is not passed on as a header");
    }

    private static RawPage plainPage(byte[] body, String detectedCharset, String charsetSource) {
        return new RawPage(RawPage.SCHEMA_VERSION, "id", "http://example.com/a", "http://example.com/a",
                List.of(), 200, Map.of("content-type", "text/plain"), "text/plain", null, detectedCharset,
                body, false, OffsetDateTime.parse("2024-01-02T03:04:05Z"), "hash", null, charsetSource);
    }

    private static final String ARTICLE = "本报讯 省政府今天召开常务会议，研究部署当前经济运行和安全生产工作。\n"
            + "会议指出，各地各部门要坚持稳中求进工作总基调，统筹发展和安全，确保各项政策措施落地见效。\n"
            + "会议强调，要压实各方责任，加强风险排查，切实保障人民群众生命财产安全，维护社会大局稳定。\n";

    @Test
    void ingestsCarriedCharsetDecodesThePage() {
        byte[] gbk = ARTICLE.getBytes(Charset.forName("GB18030"));
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        // ingest decided from a header the record does not repeat: clean decodes by that decision, no guess
        CleanDocument carried = cleaner.clean(CleanInputs.fromRawPage(plainPage(gbk, "GB18030", "header")));
        assertFalse(carried.flags.contains(Flags.CHARSET_GUESSED), carried.flags.toString());
        assertTrue(carried.text.contains("常务会议"), carried.text);
    }

    @Test
    void withoutCarriedEvidenceCleanDecidesFromTheBytes() {
        byte[] gbk = ARTICLE.getBytes(Charset.forName("GB18030"));
        Cleaner cleaner = Cleaner.withDuplicateDetector(null);
        // a record from before the source was carried (or a WARC import without it): the bytes decide, flagged
        CleanDocument old = cleaner.clean(CleanInputs.fromRawPage(plainPage(gbk, "GB18030", null)));
        assertTrue(old.flags.contains(Flags.CHARSET_GUESSED), old.flags.toString());
        assertTrue(old.text.contains("常务会议"), old.text);
        // a carried decision the bytes contradict (says UTF-8, is not) is decided again the same way
        CleanDocument contradicted = cleaner.clean(CleanInputs.fromRawPage(plainPage(gbk, "UTF-8", "header")));
        assertEquals(old.text, contradicted.text);
        assertTrue(contradicted.flags.contains(Flags.CHARSET_GUESSED), contradicted.flags.toString());
    }
}
