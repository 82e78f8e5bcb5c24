package dev.newsflow.common.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanTextTest {

    @Test
    void ideographsAndTheIdeographicZeroAreHan() {
        assertTrue(HanText.isHan('山'));
        assertTrue(HanText.isHan('\u3400')); // Extension A
        assertTrue(HanText.isHan('〇'));
        assertTrue(HanText.allHan("二〇二〇年"));
    }

    @Test
    void punctuationKanaAndLatinAreNot() {
        assertFalse(HanText.isHan('，'));
        assertFalse(HanText.isHan('の'));
        assertFalse(HanText.isHan('a'));
        assertFalse(HanText.allHan(""));
        assertFalse(HanText.allHan("山西A"));
        assertEquals(2, HanText.countHan("山西, Shanxi。"));
    }
}
