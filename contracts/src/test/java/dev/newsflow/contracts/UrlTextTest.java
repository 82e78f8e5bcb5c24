package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UrlTextTest {

    @Test
    void internationalizedHostsBecomePunycode() {
        assertEquals("http://xn--fsqu00a.xn--fiqs8s/%E6%96%B0%E9%97%BB",
                DocIds.canonicalUrl(UrlText.prepare("http://例子.中国/新闻")));
        assertEquals("http://user@xn--fsqu00a.xn--fiqs8s:8080/", UrlText.prepare("http://user@例子.中国:8080/"));
    }

    @Test
    void charactersUriRefusesArePercentEncoded() {
        assertEquals("http://example.com/a%20b?q=x%7Cy", UrlText.prepare("  http://example.com/a b?q=x|y "));
        assertEquals("http://example.com/a%20b", DocIds.canonicalUrl(UrlText.prepare("http://example.com/a b")));
        assertEquals("http://example.com/%E6%96%B0?x=%20", UrlText.prepare("http://example.com/%E6%96%B0?x=%20"), "existing escapes kept");
    }

    @Test
    void locationHeadersWithRawUtf8AreReadAsUtf8() {
        String onTheWire = new String("/新闻".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("/新闻", UrlText.fromHeader(onTheWire));
        assertEquals("/caf\u00e9", UrlText.fromHeader("/caf\u00e9"), "Latin-1 that is not UTF-8 stays");
        assertEquals("/plain", UrlText.fromHeader("/plain"));
    }

    @Test
    void textThatIsNoUrlIsLeftForCanonicalizationToReject() {
        assertEquals("not a url", UrlText.prepare("not a url"));
        assertThrows(DocIds.InvalidUrlException.class, () -> DocIds.canonicalUrl(UrlText.prepare("not a url")));
    }
}
