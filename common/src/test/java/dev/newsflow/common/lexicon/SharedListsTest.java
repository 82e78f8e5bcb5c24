package dev.newsflow.common.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedListsTest {

    @Test
    void surnamesPreferTheCompoundForm() {
        assertEquals(2, Surnames.surnameLength("欧阳修"));
        assertEquals(1, Surnames.surnameLength("习近平"));
        assertEquals(0, Surnames.surnameLength("的确"));
        assertFalse(Surnames.isSurname("台"), "台 of 台北 is left out");
    }

    @Test
    void spamListsAreDisjointAndLowerCase() {
        assertTrue(SpamLexicon.strong().contains("百家乐"));
        assertTrue(SpamLexicon.weak().contains("久久"));
        assertTrue(SpamLexicon.extenders().contains("体育"));
        for (String term : SpamLexicon.weak()) {
            assertFalse(SpamLexicon.strong().contains(term), term);
        }
        for (String term : SpamLexicon.strong()) {
            assertEquals(term.toLowerCase(java.util.Locale.ROOT), term, term);
        }
    }
}
