package dev.newsflow.extract.recognize;

/** Reads numbers written in Chinese numerals ("十五", "二十三", "一百零八") or digits. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a number. */
    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return text.length() > 15 ? -1 : Long.parseLong(text);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -2;
            };
            if (unit == -2) {
                return -1;
            }
            if (unit >= 10_000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    private static int digitOf(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
