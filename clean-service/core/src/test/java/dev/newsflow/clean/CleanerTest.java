package dev.newsflow.clean;

import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.DocIds;
import dev.newsflow.contracts.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {
    private static final String URL = "https://www.example.gov.cn/news/2020/0224/a.html";

    @Test
    void identityFieldsAreFilled() {
        String text = SeedCorpus.text("003_890bb6c2d9a226d6.txt");
        OffsetDateTime fetched = OffsetDateTime.parse("2020-02-25T10:00:00+08:00");
        CleanDocument doc = Cleaner.withDefaults().clean(new RawInput(null, URL, text.getBytes(StandardCharsets.UTF_8),
                "text/plain", null, fetched));
        assertEquals(DocIds.of(URL), doc.docId);
        assertEquals("www.example.gov.cn", doc.host);
        assertEquals(fetched, doc.fetchedAt);
        assertEquals("zh", doc.language);
        assertEquals(String.join("\n", doc.paragraphs), doc.text);
        assertTrue(doc.quality > 0 && doc.quality <= 1);
        assertEquals(16, doc.simhash.length());
        assertNull(doc.duplicateOf);
        CleanDocument back = Json.read(Json.write(doc), CleanDocument.class);
        assertEquals(doc.text, back.text);
    }

    @Test
    void mirrorOfASeenArticleIsFlaggedAsNearDuplicate() {
        Cleaner cleaner = Cleaner.withDuplicateDetector(DuplicateDetector.inMemory(100));
        byte[] body = SeedCorpus.text("000_a3ac9358073b0112.txt").getBytes(StandardCharsets.UTF_8);
        CleanDocument first = cleaner.clean(new RawInput("original", null, body, "text/plain", null, null));
        CleanDocument mirror = cleaner.clean(new RawInput("mirror", null, body, "text/plain", null, null));
        assertNull(first.duplicateOf);
        assertEquals("original", mirror.duplicateOf);
        assertTrue(mirror.flags.contains(Flags.NEAR_DUPLICATE));
    }

    @Test
    void pagesStartedTogetherGetTheVerdictsOfPagesCleanedOneByOne() {
        Cleaner cleaner = Cleaner.withDuplicateDetector(DuplicateDetector.inMemory(100));
        byte[] body = SeedCorpus.text("000_a3ac9358073b0112.txt").getBytes(StandardCharsets.UTF_8);
        byte[] other = SeedCorpus.text("003_890bb6c2d9a226d6.txt").getBytes(StandardCharsets.UTF_8);
        // a batch: every page started (its lookup asked) before any is finished
        Cleaner.Started original = cleaner.start(new RawInput("original", null, body, "text/plain", null, null));
        Cleaner.Started unrelated = cleaner.start(new RawInput("unrelated", null, other, "text/plain", null, null));
        Cleaner.Started mirror = cleaner.start(new RawInput("mirror", null, body, "text/plain", null, null));
        CleanDocument mirrorDoc = mirror.finish();
        assertEquals("original", mirrorDoc.duplicateOf, "a copy later in the same batch names the first");
        assertTrue(mirrorDoc.flags.contains(Flags.NEAR_DUPLICATE));
        assertNull(original.finish().duplicateOf);
        assertNull(unrelated.finish().duplicateOf);
        assertEquals(cleaner.clean(new RawInput("alone", null, other, "text/plain", null, null)).text, unrelated.finish().text,
                "started and finished, a page is cleaned as clean() cleans it");
    }

    @Test
    void cliPrintsJsonAndFailsWithOneSentence() throws Exception {
        Path file = Files.createTempFile("seed", ".txt");
        Files.writeString(file, SeedCorpus.text("001_3d8e36136f418278.txt"));
        String json = CleanCli.run(new String[]{file.toString(), "--url", URL});
        CleanDocument doc = Json.read(json, CleanDocument.class);
        assertEquals("山西日报", doc.source);
        Path empty = Files.createTempFile("empty", ".html");
        CleanException e = assertThrows(CleanException.class, () -> CleanCli.run(new String[]{empty.toString()}));
        assertTrue(e.getMessage().endsWith("empty"));
        assertThrows(IllegalArgumentException.class, () -> CleanCli.run(new String[]{}));
    }

    @Test
    void cliCleansManyFilesInOneProcessOneJsonLineEachInInputOrder() throws Exception {
        Path dir = Files.createTempDirectory("pages");
        Files.writeString(dir.resolve("a.txt"), SeedCorpus.text("001_3d8e36136f418278.txt"));
        Files.write(dir.resolve("b.html"), new byte[0]);
        Files.writeString(dir.resolve("c.txt"), SeedCorpus.text("000_a3ac9358073b0112.txt"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CleanCli.runLines(CleanCli.Options.parse(new String[]{dir.toString()}),
                new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        com.fasterxml.jackson.databind.JsonNode a = Json.MAPPER.readTree(lines[0]);
        com.fasterxml.jackson.databind.JsonNode b = Json.MAPPER.readTree(lines[1]);
        com.fasterxml.jackson.databind.JsonNode c = Json.MAPPER.readTree(lines[2]);
        assertTrue(a.get("file").asText().endsWith("a.txt"));
        assertEquals("山西日报", a.path("document").path("source").asText());
        assertTrue(b.get("file").asText().endsWith("b.html"));
        assertTrue(b.get("error").asText().endsWith("empty"));
        assertTrue(c.get("file").asText().endsWith("c.txt"));
        assertTrue(c.has("document"));
        assertThrows(IllegalArgumentException.class,
                () -> CleanCli.Options.parse(new String[]{dir.toString(), "--url", URL}));
    }
}
