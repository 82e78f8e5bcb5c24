package dev.newsflow.clean.metadata;

import dev.newsflow.common.lexicon.Surnames;
import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.text.Chars;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the names that follow a byline label ({@code 记者 李铮 张海涛 冯芸}, {@code 责任编辑:张星秀},
 * {@code By Jane Doe and John Roe}). A Chinese name is two to four characters starting with a surname from
 * the shared surname list ({@link Surnames}, in common); reading stops at the first token that is not a name, so prose after a label yields nothing.
 */
public final class NameParser {
    private static final Pattern HAN_SEPARATORS = Pattern.compile("[\\s、,,/\\uff0c\\uff0f]+");
    private static final Pattern LATIN_SEPARATORS = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]*){1,3}");
    private static final String STOP_CHARS = ")]】》。;;|\uff09\uff1b\u300b";
    private static final String[] STOP_WORDS = {"报道", "摄影", "摄", "发自", "通讯员", "实习生", "编辑", "校对", "来源", "审核", "监制", "供图", "整理"};
    private static final int MAX_NAMES = 8;
    private final Set<String> surnames;

    public NameParser(Set<String> surnames) {
        this.surnames = surnames;
    }

    public static NameParser withDefaults() {
        return new NameParser(Surnames.all());
    }

    public List<String> parse(String afterLabel) {
        String text = cut(afterLabel);
        List<String> names = new ArrayList<>();
        if (HanText.countHan(text) == 0) {
            for (String token : LATIN_SEPARATORS.split(text.strip())) {
                if (names.size() < MAX_NAMES && LATIN_NAME.matcher(token).matches()) {
                    names.add(token);
                } else {
                    break;
                }
            }
            return names;
        }
        for (String token : HAN_SEPARATORS.split(text.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            if (!isChineseName(token) || names.size() >= MAX_NAMES) {
                break;
            }
            names.add(token);
        }
        return names;
    }

    public boolean isChineseName(String token) {
        int n = token.length();
        if (n < 2 || n > 4 || HanText.countHan(token) != n) {
            return false;
        }
        return surnames.contains(token.substring(0, 1)) || (n >= 3 && surnames.contains(token.substring(0, 2)));
    }

    private static String cut(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (STOP_CHARS.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String s = text.substring(0, end);
        for (String stop : STOP_WORDS) {
            int k = s.indexOf(stop);
            if (k >= 0) {
                s = s.substring(0, k);
            }
        }
        return s;
    }
}
