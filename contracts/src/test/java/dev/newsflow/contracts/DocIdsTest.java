package dev.newsflow.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DocIdsTest {
    @Test
    void sameCanonicalUrlSameId() {
        assertEquals(DocIds.of("http://Example.com:80/a/b.html#top"), DocIds.of("http://example.com/a/b.html"));
    }

    @Test
    void differentPagesDifferentIds() {
        assertNotEquals(DocIds.of("http://example.com/a.html"), DocIds.of("http://example.com/b.html"));
    }

    @Test
    void idIsSixteenHexDigits() {
        assertTrue(DocIds.of("https://example.com/").matches("[0-9a-f]{16}"));
    }

    @Test
    void rejectsNonHttpSchemes() {
        var e = assertThrows(DocIds.InvalidUrlException.class, () -> DocIds.of("file:///etc/passwd"));
        assertTrue(e.getMessage().contains("scheme"), e.getMessage());
        assertThrows(DocIds.InvalidUrlException.class, () -> DocIds.of("ftp://example.com/x"));
    }

    @Test
    void chineseHostNamesAndUnescapedCharactersAreRepairedNotRejected() {
        assertEquals(DocIds.of("http://" + java.net.IDN.toASCII("山西.gov.cn") + "/a%20b.html"), DocIds.of("http://山西.gov.cn/a b.html"));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(DocIds.InvalidUrlException.class, () -> DocIds.of("not a url"));
        assertThrows(DocIds.InvalidUrlException.class, () -> DocIds.of(""));
    }
}
