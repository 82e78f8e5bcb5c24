package dev.newsflow.clean.chain;

import dev.newsflow.clean.CleanInputs;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import dev.newsflow.contracts.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CleanChainTest {

    @Test
    void theStepsRunInThisOrder() {
        assertEquals(List.of("decode", "extract",
                "text-filters[WhitespaceNormalizer, MojibakeRepairer, PinyinAnnotationFilter, ScriptConverter, "
                        + "GarbledRunFilter, SpamFilter, LinkListFilter, LineReflow, MetadataFilter, TailCutter, "
                        + "BoilerplateFilter, TitleSelector, LeadSentenceTitle, TemplatePlaceholderFilter]",
                "assemble", "dedup", "quality"), Cleaner.withDuplicateDetector(null).steps());
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
}
