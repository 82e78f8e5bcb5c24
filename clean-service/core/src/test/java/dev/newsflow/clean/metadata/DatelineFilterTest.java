package dev.newsflow.clean.metadata;

import dev.newsflow.clean.pipeline.Docs;
import dev.newsflow.clean.pipeline.WorkingDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineFilterTest {
    private static final String PARAGRAPH = "The harbour board met on Tuesday evening and agreed, after a long debate about costs, "
            + "that the old pier will be repaired before the summer season begins and the ferry can return to it.";

    @Test
    void datelinesOfTheHeadGo() {
        WorkingDocument doc = Docs.run(new DatelineFilter(), "Pier to reopen in spring",
                "By Ann Example · Mar 3, 2021 · 4 min read", "12. Mai 2019, 08:15 | Redaktion", PARAGRAPH,
                "Aktualisiert: 03.05.2019");
        assertEquals(List.of("Pier to reopen in spring", PARAGRAPH), doc.lines());
        assertEquals(3, doc.removed().size());
    }

    @Test
    void aDatelineUnderAStandfirstGoes() {
        String standfirst = "After a long debate about costs the harbour board has decided to repair the old pier, and the "
                + "ferry that left it three years ago is expected back before the summer season.";
        WorkingDocument doc = Docs.run(new DatelineFilter(), standfirst, "17 March 2021 • 2:54pm", PARAGRAPH,
                "23.06.2016 um 16:14 Uhr - Ann Example - 12 Kommentare");
        assertEquals(List.of(standfirst, PARAGRAPH), doc.lines());
    }

    @Test
    void aDateInTheMiddleOfTheStoryStays() {
        WorkingDocument doc = Docs.run(new DatelineFilter(), PARAGRAPH, PARAGRAPH, PARAGRAPH, "12. Mai 2019", PARAGRAPH,
                PARAGRAPH);
        assertEquals(6, doc.lines().size());
    }

    @Test
    void aLineThatMentionsADateStays() {
        assertFalse(DatelineFilter.isDateline("Minutes of the committee meeting held on the evening of 5.8.2019"));
        assertFalse(DatelineFilter.isDateline("The pier closed on 3 March 2021."));
        assertTrue(DatelineFilter.isDateline("Stand: 14.02.2020"));
        assertTrue(DatelineFilter.isDateline("7 Minuten Lesezeit"));
    }

    @Test
    void withoutAParagraphNothingGoes() {
        WorkingDocument doc = Docs.run(new DatelineFilter(), "Short note", "Jan 4, 2022 10:00");
        assertEquals(List.of("Short note", "Jan 4, 2022 10:00"), doc.lines());
    }
}
