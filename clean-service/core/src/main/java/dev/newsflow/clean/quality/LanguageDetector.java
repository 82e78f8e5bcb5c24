package dev.newsflow.clean.quality;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.text.Chars;

/** Chinese or English, from the share of Chinese characters among letters (one Chinese character weighs a word). */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static String detect(String text) {
        int han = HanText.countHan(text);
        int words = Chars.contentLength(text) - han;
        if (han == 0 && words == 0) {
            return null;
        }
        return han * 2 >= words ? "zh" : "en";
    }
}
