package dev.newsflow.clean.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Charset names as pages declare them, mapped to the decoder to use: the GB family decodes as its superset
 * GB18030 and Big5 as Big5-HKSCS, because pages labelled GBK or Big5 routinely use characters of the superset.
 */
public final class Charsets {
    private Charsets() {
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
                    "csgb2312", "iso-ir-58", "chinese", "gb18030", "hz-gb-2312" -> {
                return Charset.forName("GB18030");
            }
            case "big5", "big-5", "x-x-big5", "csbig5", "cn-big5", "big5-hkscs", "x-windows-950", "cp950", "ms950" -> {
                return Charset.forName("Big5-HKSCS");
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "latin1", "iso-8859-1", "ascii", "us-ascii" -> {
                return Charset.forName("windows-1252"); // what browsers do
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
}
