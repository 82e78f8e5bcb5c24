package dev.newsflow.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void whitespaceAgreesWithTheJdkOnEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c), Spaces.isWhitespace(c), () -> "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void anySpaceIsWhitespaceOrSpaceSeparatorOnEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Spaces.isAnySpace(c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
