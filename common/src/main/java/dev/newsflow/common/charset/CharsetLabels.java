package dev.newsflow.common.charset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Charset names as pages and servers declare them, mapped to the decoder to use. The GB family widens to its
 * superset GB18030 and Big5 to Big5-HKSCS, because pages labelled GB2312, GBK or Big5 routinely use characters of
 * the superset; Latin-1 and ASCII decode as windows-1252, as browsers do. HZ has no JDK decoder and counts as
 * unknown, so the bytes decide.
 */
public final class CharsetLabels {
    private CharsetLabels() {
    }

    /** The decoder for a declared name, or null when the name is unknown. */
    public static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        switch (name) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "euc-cn", "x-euc-cn",
                    "csgb2312", "iso-ir-58", "chinese", "gb18030" -> {
                return Charset.forName("GB18030");
            }
            case "big5", "big-5", "x-x-big5", "csbig5", "cn-big5", "big5-hkscs", "x-windows-950", "cp950", "ms950" -> {
                return Charset.forName("Big5-HKSCS");
            }
            case "utf8", "utf-8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "latin1", "iso-8859-1", "ascii", "us-ascii" -> {
                return Charset.forName("windows-1252");
            }
            case "hz-gb-2312", "hz" -> {
                return null;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /** The canonical name of the decoder for a label; an unknown label comes back upper-cased, as declared. */
    public static String canonical(String label) {
        Charset c = forLabel(label);
        return c != null ? c.name() : label == null ? null : label.strip().toUpperCase(Locale.ROOT);
    }
}
