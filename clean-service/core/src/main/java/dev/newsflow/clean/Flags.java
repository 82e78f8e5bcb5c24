package dev.newsflow.clean;

/** Names of the flags a {@link dev.newsflow.contracts.CleanDocument} can carry. */
public final class Flags {
    public static final String SPAM_INJECTED = "spam_injected";
    public static final String TEMPLATE_PLACEHOLDERS = "template_placeholders";
    public static final String MOJIBAKE_REPAIRED = "mojibake_repaired";
    public static final String MOJIBAKE_UNREPAIRED = "mojibake_unrepaired";
    public static final String CONVERTED_FROM_TRADITIONAL = "converted_from_traditional";
    public static final String TRUNCATED = "truncated";
    public static final String NEAR_DUPLICATE = "near_duplicate";
    /** Layout line breaks or wrap spaces inside paragraphs were joined. */
    public static final String LINE_WRAP_JOINED = "line_wrap_joined";
    /** Ruby pinyin after characters was removed. */
    public static final String PINYIN_REMOVED = "pinyin_removed";
    /** No BOM, header or meta named the charset: it was detected statistically. */
    public static final String CHARSET_GUESSED = "charset_guessed";
    /** The page has no headline: the title was derived from the lead sentence. */
    public static final String TITLE_DERIVED = "title_derived";

    private Flags() {
    }
}
