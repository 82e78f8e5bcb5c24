package dev.newsflow.extract;

import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Mention;
import dev.newsflow.extract.text.Token;

import java.util.ArrayList;
import java.util.List;

/** The text as words separated by single spaces, without punctuation; names of persons, places and bodies kept whole. */
final class SegmentedText {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private SegmentedText() {
    }

    static List<Token> mergeEntities(List<Token> tokens, List<Entity> entities, String text) {
        int[] wholeUntil = new int[text.length() + 1];
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON || entity.type() == EntityType.PLACE
                    || entity.type() == EntityType.ORGANIZATION) {
                for (Mention mention : entity.mentions()) {
                    wholeUntil[mention.start()] = Math.max(wholeUntil[mention.start()], mention.end());
                }
            }
        }
        List<Token> merged = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int end = wholeUntil[token.start()];
            if (end > token.end()) {
                int j = i;
                while (j < tokens.size() && tokens.get(j).end() <= end) {
                    j++;
                }
                if (j > i && tokens.get(j - 1).end() == end) {
                    merged.add(new Token(text.substring(token.start(), end), "entity", token.start(), end));
                    i = j;
                    continue;
                }
            }
            merged.add(token);
            i++;
        }
        return merged;
    }

    static String join(List<Token> tokens) {
        StringBuilder joined = new StringBuilder();
        for (Token token : tokens) {
            String word = token.word().strip();
            if (word.isEmpty() || token.nature().startsWith("w")) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(word.indexOf(' ') >= 0 || word.indexOf('\u3000') >= 0 ? WHITESPACE.matcher(word).replaceAll("") : word);
        }
        return joined.toString();
    }
}
