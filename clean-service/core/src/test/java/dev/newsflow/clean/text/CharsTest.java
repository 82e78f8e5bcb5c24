package dev.newsflow.clean.text;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsTest {
    @Test
    void literalGuardFoldsAsciiCaseLikeARegex() {
        assertTrue(Chars.containsAnyIgnoreCase("Updated: 2020", "date", "published"));
        assertTrue(Chars.containsAnyIgnoreCase("发布时间：", "时间", "date"));
        assertFalse(Chars.containsAnyIgnoreCase("dat e", "date"));
        assertFalse(Chars.containsAnyIgnoreCase("", "date"));
        Pattern reference = Pattern.compile("date|by", Pattern.CASE_INSENSITIVE);
        String[] parts = {"d", "D", "a", "A", "t", "T", "e", "E", "b", "B", "y", "Y", " ", "\u0130", "时", "x"};
        Random random = new Random(10);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                s.append(parts[random.nextInt(parts.length)]);
            }
            String text = s.toString();
            assertEquals(reference.matcher(text).find(), Chars.containsAnyIgnoreCase(text, "date", "by"), text);
        }
    }
}
