package dev.newsflow.clean.text;

import dev.newsflow.common.text.HanText;

/**
 * Which writing system a text is in beyond Han: Japanese writes Han with kana, Korean with Hangul. Steps meant for
 * Chinese (traditional-to-simplified conversion) must leave both alone: 亲 is not the Japanese 親.
 */
public final class Scripts {
    private Scripts() {
    }

    public static boolean isKana(char c) {
        return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u31f0' && c <= '\u31ff') || (c >= '\uff66' && c <= '\uff9f');
    }

    public static boolean isHangul(char c) {
        return (c >= '\uac00' && c <= '\ud7af') || (c >= '\u1100' && c <= '\u11ff') || (c >= '\u3130' && c <= '\u318f');
    }

    /** Japanese or Korean: kana or Hangul make up a tenth or more of the Han, kana and Hangul characters. */
    public static boolean isJapaneseOrKorean(CharSequence text) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isKana(c) || isHangul(c)) {
                other++;
            } else if (HanText.isHan(c)) {
                han++;
            }
        }
        return other > 0 && other * 10 >= han + other;
    }

    /** {@code ja}, {@code ko} or null, from the share of kana and Hangul. */
    public static String japaneseOrKorean(CharSequence text) {
        int kana = 0;
        int hangul = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isKana(c)) {
                kana++;
            } else if (isHangul(c)) {
                hangul++;
            } else if (HanText.isHan(c)) {
                han++;
            }
        }
        int all = kana + hangul + han;
        if (all == 0 || (kana + hangul) * 10 < all) {
            return null;
        }
        return kana >= hangul ? "ja" : "ko";
    }
}
