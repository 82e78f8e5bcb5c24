package dev.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary of a news text is its lead: the first one to three full sentences, skipping headline-like lines
 * (short lines without a sentence end).
 */
final class Summarizer {
    private static final int MAX_SENTENCES = 3;
    private static final int MAX_CHARS = 240;
    private static final int MIN_SENTENCE = 12;

    String summarize(String text) {
        List<String> sentences = new ArrayList<>();
        int length = 0;
        for (String line : text.split("\n")) {
            String paragraph = line.strip();
            if (paragraph.isEmpty() || paragraph.indexOf('。') < 0 && paragraph.length() < 60) {
                continue;
            }
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                sentence.append(c);
                if (c == '。' || c == '！' || c == '？' || i == paragraph.length() - 1) {
                    String done = sentence.toString().strip();
                    sentence.setLength(0);
                    if (done.length() < MIN_SENTENCE) {
                        continue;
                    }
                    if (!sentences.isEmpty() && length + done.length() > MAX_CHARS) {
                        return String.join("", sentences);
                    }
                    sentences.add(done);
                    length += done.length();
                    if (sentences.size() == MAX_SENTENCES) {
                        return String.join("", sentences);
                    }
                }
            }
        }
        return String.join("", sentences);
    }
}
