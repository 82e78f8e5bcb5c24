package dev.newsflow.common.text;

/**
 * What counts as a Han character, for every stage: CJK Unified Ideographs (U+4E00–U+9FFF), Extension A
 * (U+3400–U+4DBF), Compatibility Ideographs (U+F900–U+FAFF) and the ideographic zero 〇 (U+3007, in dates such as
 * 二〇二〇年). Punctuation, radicals and kana are not Han.
 */
public final class HanText {
    private HanText() {
    }

    public static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff')
                || c == '\u3007';
    }

    /** True when the text is not empty and every character is Han. */
    public static boolean allHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return text.length() > 0;
    }

    public static int countHan(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
