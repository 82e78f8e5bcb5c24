package dev.newsflow.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.util.List;
import java.util.Optional;

/**
 * Finds a real Chinese analyzer on the cluster, if it has one: smartcn (analysis-smartcn), IK (analysis-ik)
 * or ICU (analysis-icu). Clusters without plugins (like the minimal local distribution) have none; search then
 * relies on the standard analyzer's per-character tokens and the pre-segmented {@code segmentedText}.
 */
public final class ChineseAnalyzers {
    static final List<String> PREFERRED = List.of("smartcn", "ik_max_word", "icu_analyzer");

    private ChineseAnalyzers() {
    }

    public static Optional<String> detect(ElasticsearchClient client) {
        for (String analyzer : PREFERRED) {
            try {
                client.indices().analyze(a -> a.analyzer(analyzer).text("中文分词"));
                return Optional.of(analyzer);
            } catch (Exception unknownAnalyzer) {
                // try the next one
            }
        }
        return Optional.empty();
    }
}
