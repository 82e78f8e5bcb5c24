package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UrlKeysTest {
    @Test
    void urlsOfOneHostShareAKeyWhateverTheirSpelling() {
        assertEquals("news.example.cn", UrlKeys.of("http://News.Example.CN/a.html"));
        assertEquals("news.example.cn", UrlKeys.of("https://news.example.cn:443/b?x=1#frag"));
        assertEquals("news.example.cn", UrlKeys.of("http://news.example.cn:8080/c"));
        assertNotEquals(UrlKeys.of("http://a.example.cn/"), UrlKeys.of("http://b.example.cn/"));
    }

    @Test
    void textThatIsNoUrlHasNoKey() {
        assertNull(UrlKeys.of("ftp://example.com/x"));
        assertNull(UrlKeys.of("not a url"));
        assertNull(UrlKeys.of(null));
    }
}
