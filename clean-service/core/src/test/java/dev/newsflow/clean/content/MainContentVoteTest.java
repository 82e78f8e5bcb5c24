package dev.newsflow.clean.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainContentVoteTest {
    private static final String BODY = "The river level rose by two metres overnight and the fire brigade closed the lower "
            + "town, where volunteers filled sandbags until the morning while the rain kept falling";
    private static final String NAV = "Home News Sport Weather Culture Travel Shop Login Register Contact Imprint "
            + "Privacy Jobs Advertise Archive Podcasts Video Newsletter Events Tickets Partners Apps";

    @Test
    void aPostShippedAsATemplateIsRead() {
        String post = ("<p>" + BODY + ", and the mayor thanked everyone who helped during the night.</p>").repeat(4);
        String html = "<html><body><div class='nav'><a href='/'>Home</a> <a href='/about'>About</a></div>"
                + "<h1>Flood night</h1><div class='post-body'><script type='text/template'>" + post + "</script></div>"
                + "<script type='text/template'><% items.forEach(i => { %><p><%= i.name %></p><% }) %>"
                + "<p>" + "x ".repeat(300) + "</p></script></body></html>";
        String text = String.join("\n", new MainContent().extract(html, "https://blog.example.org/post").lines());
        assertTrue(text.contains("volunteers filled sandbags"), text);
        assertFalse(text.contains("<%"), text);
    }

    @Test
    void noFallbackLongEnoughKeepsTheDomCandidate() {
        MainContent.Candidate dom = new MainContent.Candidate(null, List.of(BODY));
        MainContent.Candidate r = new MainContent.Candidate("readability", List.of(BODY));
        assertEquals(dom, MainContent.choose(List.of(dom, r), MainContent.length(dom.lines())));
    }

    @Test
    void betweenTwoLongFallbacksTheAgreedOneWins() {
        MainContent.Candidate dom = new MainContent.Candidate(null, List.of("The river level rose"));
        MainContent.Candidate paragraphs = new MainContent.Candidate(MainContent.PARAGRAPHS, List.of(BODY));
        MainContent.Candidate readability = new MainContent.Candidate("readability", List.of(BODY));
        MainContent.Candidate page = new MainContent.Candidate("json-ld articleBody", List.of(NAV, BODY, NAV + " More"));
        assertEquals(readability, MainContent.choose(List.of(dom, readability, paragraphs, page),
                MainContent.length(dom.lines())));
    }

    @Test
    void theClassifierIsTheLastResort() {
        MainContent.Candidate dom = new MainContent.Candidate(null, List.of("The river level rose"));
        MainContent.Candidate paragraphs = new MainContent.Candidate(MainContent.PARAGRAPHS, List.of(BODY));
        MainContent.Candidate none = new MainContent.Candidate("readability", List.of());
        assertEquals(paragraphs, MainContent.choose(List.of(dom, none, paragraphs), MainContent.length(dom.lines())));
    }
}
