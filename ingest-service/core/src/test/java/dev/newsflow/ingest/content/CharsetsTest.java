package dev.newsflow.ingest.content;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CharsetsTest {

    @Test
    void headerCharsetWinsOverMeta() {
        byte[] body = "<meta charset=\"big5\">".getBytes(StandardCharsets.US_ASCII);
        assertEquals("GB18030", Charsets.declared("text/html; charset=\"GBK\"", body));
        assertEquals("Big5-HKSCS", Charsets.declared("text/html", body));
        assertNull(Charsets.declared(null, "<p>no declaration</p>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void namesAreCanonical() {
        assertEquals("GB18030", Charsets.canonical("gb2312"));
        assertEquals("GB18030", Charsets.canonical("x-gbk"));
        assertEquals("UTF-8", Charsets.canonical("utf8"));
        assertEquals("SHIFT_JIS", Charsets.canonical("shift_jis").toUpperCase());
        assertEquals("X-UNKNOWN-THING", Charsets.canonical("x-unknown-thing"));
    }

    @Test
    void detectsUtf8AndBig5() {
        String text = "國務院新聞辦公室今天舉行新聞發布會，介紹今年前三季度國民經濟運行情況。國家統計局新聞發言人表示，前三季度經濟運行總體平穩。";
        assertEquals("UTF-8", Charsets.detected(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Big5-HKSCS", Charsets.detected(text.repeat(3).getBytes(Charset.forName("Big5"))));
    }
}
