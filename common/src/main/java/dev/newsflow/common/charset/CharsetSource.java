package dev.newsflow.common.charset;

/** Where a charset decision came from, most trusted first. */
public enum CharsetSource {
    /** a byte-order mark */
    BOM,
    /** the {@code charset} parameter of the HTTP Content-Type header */
    HEADER,
    /** a {@code <meta charset>} or {@code <meta http-equiv>} declaration in the page */
    META,
    /** the declaration was wrong: the bytes are valid UTF-8 and do not decode as declared */
    UTF8_OVERRULES_DECLARATION,
    /** no usable declaration: the bytes decided (UTF-8 validity, then statistical detection) */
    DETECTED;

    /** The lower-case label used in messages and audit entries, e.g. {@code meta}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The source a {@link #label()} names, or null for an unknown or missing label (e.g. an older record's). */
    public static CharsetSource fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (CharsetSource s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        return null;
    }
}
