package dev.newsflow.extract.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's dictionary segmentation (Viterbi over the core and custom dictionaries), without its statistical
 * name recognizers: names are found by the rules of this module, which are more precise on news text.
 */
public final class Tokenizer {
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(false)
            .enablePlaceRecognize(System.getProperty("exp.nsr") != null)
            .enableOrganizationRecognize(System.getProperty("exp.ntr") != null)
            .enableOffset(true));

    public List<Token> tokenize(String text) {
        List<Term> terms = segments.get().seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        int cursor = 0;
        for (Term term : terms) {
            int start = text.startsWith(term.word, cursor) ? cursor : text.indexOf(term.word, cursor);
            if (start < 0) {
                start = cursor;
            }
            int end = Math.min(text.length(), start + term.word.length());
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), start, end));
            cursor = end;
        }
        return tokens;
    }
}
