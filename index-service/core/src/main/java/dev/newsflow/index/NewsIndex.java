package dev.newsflow.index;

/** Names of the index layout: versioned physical indices {@code news-v1, news-v2, ...} behind the alias {@code news}. */
public final class NewsIndex {
    public static final String ALIAS = "news";
    public static final String TEMPLATE = "news-template";
    public static final int CURRENT_VERSION = 1;

    public static String physical(int version) {
        return ALIAS + "-v" + version;
    }

    private NewsIndex() {
    }
}
