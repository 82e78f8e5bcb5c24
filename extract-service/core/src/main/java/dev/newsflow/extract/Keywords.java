package dev.newsflow.extract;

import dev.newsflow.common.text.HanText;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.text.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords by TF-IDF, with the core dictionary's word frequencies standing in for document frequencies:
 * nouns, verbal nouns and names of two characters or more, no stop words.
 */
final class Keywords {
    private static final double CORPUS_SIZE = 5e7;

    private final Set<String> stopwords = LexiconFiles.set("stopwords.txt");

    List<String> top(List<Token> tokens, int limit) {
        Map<String, Integer> termFrequency = new HashMap<>();
        for (Token token : tokens) {
            if (isCandidate(token)) {
                termFrequency.merge(token.word(), 1, Integer::sum);
            }
        }
        Map<String, Double> scores = new HashMap<>();
        termFrequency.forEach((word, tf) -> scores.put(word, tf * Math.log(CORPUS_SIZE / (backgroundFrequency(word) + 100.0))));
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private boolean isCandidate(Token token) {
        String word = token.word();
        String nature = token.nature();
        return (nature.startsWith("n") || nature.equals("vn") || nature.equals("entity"))
                && word.length() >= 2 && HanText.allHan(word)
                && !stopwords.contains(word) && !CoreStopWordDictionary.contains(word);
    }

    private static int backgroundFrequency(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null ? 0 : attribute.totalFrequency;
    }
}
