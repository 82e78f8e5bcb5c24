package dev.newsflow.clean.metadata;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.normalize.ScriptConverter;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Prose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;

/**
 * Finds the headline among the lines before the body and removes that headline block from the text.
 * A candidate is a short line without a final full stop; the title is the first candidate that the markup names
 * (title tag, og:title, h1), else the first whose words recur in the body (a slogan or site name does not),
 * else the markup's own title. The next distinct candidate is the subtitle. Document-site prefixes such as
 * {@code 2篇2020-2021} are stripped.
 */
public final class TitleSelector implements DocumentFilter {
    /** What TitleSelector reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES, DocumentField.HINTS, DocumentField.HEAD_BLOCK, DocumentField.ORIGINAL_SCRIPT),
            EnumSet.of(DocumentField.LINES, DocumentField.TITLE, DocumentField.SUBTITLE, DocumentField.REMOVED));

    private static final Pattern NOISE_PREFIX = Pattern.compile(
            "^(?:\\s*[\\[\\u3010][^\\]\\u3011]{1,8}[\\]\\u3011])?\\s*(?:\\d{1,3}\\s*篇\\s*)?"
                    + "(?:(?:19|20)\\d{2}\\s*[-\\u2013~]\\s*(?:19|20)\\d{2}(?![\\d年度学]))?\\s*");
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "(.+?)\\s*(?:_|\\||\uff5c|\\s[-\u2013\u2014]\\s|(?<=[\\p{IsHan}\uff01\uff1f\u3011\u300b\u201d)])[-\u2013\u2014]+"
                    + "|[-\u2013\u2014]+(?=\\p{IsHan}))\\s*([^_|\uff5c]+?)\\s*");
    private static final int MAX_SUFFIX = 12;
    private static final int MAX_LATIN_SUFFIX = 4;
    private static final double BODY_OVERLAP = 0.5;
    private static final double HINT_OVERLAP = 0.7;
    private static final int MIN_TITLE = 4;
    private static final int MAX_TITLE = 80;
    private static final int BODY_SAMPLE = 6000;

    @Override
    public void apply(WorkingDocument doc) {
        int body = Prose.firstProse(doc.lines());
        if (body < 0) {
            body = doc.lines().isEmpty() ? 0 : 1;
        }
        List<String> head = new ArrayList<>(doc.lines().subList(0, body));
        List<String> rest = new ArrayList<>(doc.lines().subList(body, doc.lines().size()));
        String bodyText = join(rest, BODY_SAMPLE);
        List<String> candidates = new ArrayList<>();
        for (String line : head) {
            String c = clean(line);
            int len = Chars.contentLength(c);
            boolean longEnough = len >= MIN_TITLE || (HanText.countHan(c) == 0 && len >= 2);
            if (longEnough && len <= MAX_TITLE && !c.endsWith("\u3002")) {
                candidates.add(c);
            }
        }
        String title = null;
        for (String c : candidates) {
            for (String hint : doc.hints().titles()) {
                if (namedBy(c, clean(inScriptOf(doc, hint)))) {
                    title = c;
                    break;
                }
            }
            if (title != null) {
                break;
            }
        }
        if (title == null) {
            for (String c : candidates) {
                if (Chars.contentLength(c) >= 6 && overlap(c, bodyText) >= BODY_OVERLAP) {
                    title = c;
                    break;
                }
            }
        }
        if (title == null) {
            double best = 0.3;
            for (String hint : doc.hints().titles()) {
                String h = clean(inScriptOf(doc, hint));
                double o = overlap(h, bodyText);
                if (o > best && Chars.contentLength(h) >= MIN_TITLE) {
                    best = o;
                    title = h;
                }
            }
        }
        if (title != null) {
            title = withoutSiteSuffix(title);
        }
        doc.setTitle(title);
        if (title != null) {
            int at = candidates.indexOf(title);
            for (int k = at + 1; at >= 0 && k < candidates.size(); k++) {
                String c = candidates.get(k);
                if (!similar(c, title) && Chars.contentLength(c) >= 6) {
                    doc.setSubtitle(c);
                    break;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        boolean afterTitle = title == null;
        boolean han = HanText.countHan(bodyText) * 4 >= bodyText.length();
        for (String line : head) {
            if (afterTitle && endsSentence(line)) {
                kept.add(line); // a short opening sentence, not a headline
                continue;
            }
            if (afterTitle && !han && !doc.headBlock().contains(line)) {
                kept.add(line); // inside the article element: an ingredient list, a lead-in, not a headline block
                continue;
            }
            if (title != null && clean(line).equals(title)) {
                afterTitle = true;
            }
            doc.remove("header", line, line.equals(title) ? "headline" : "headline block before the body");
        }
        kept.addAll(rest);
        doc.setLines(kept);
    }

    /**
     * The headline without the site or column names that title tags append ({@code …_新浪房产_新浪网},
     * {@code … - 新华网}, {@code … | The Daily}): a short segment after a separator goes while a headline remains.
     * A hyphen counts as a separator only with spaces around it or next to Chinese text, never inside a word.
     */
    static String withoutSiteSuffix(String title) {
        String t = title.strip();
        for (int guard = 0; guard < 4; guard++) {
            Matcher m = SITE_SUFFIX.matcher(t);
            if (!m.matches()) {
                break;
            }
            int suffix = Chars.contentLength(m.group(2));
            int head = Chars.contentLength(m.group(1));
            int max = HanText.countHan(m.group(2)) > 0 ? MAX_SUFFIX : MAX_LATIN_SUFFIX;
            if (suffix > max || head < MIN_TITLE + 2 || head <= suffix) {
                break;
            }
            t = m.group(1).strip();
        }
        return t;
    }

    /** Hints come from the markup, which the script conversion did not touch. */
    private static String inScriptOf(WorkingDocument doc, String hint) {
        return ScriptConverter.TRADITIONAL.equals(doc.originalScript()) ? ScriptConverter.toSimplified(hint) : hint;
    }

    private static boolean endsSentence(String line) {
        String s = line.strip();
        return !s.isEmpty() && (s.endsWith("\u3002") || s.endsWith("\uff01") || s.endsWith("\uff1f"));
    }

    static String clean(String line) {
        String s = NOISE_PREFIX.matcher(line).replaceFirst("").strip();
        return s.isEmpty() ? line.strip() : s;
    }

    /** The markup names this candidate: the hint is the candidate, holds it, or is most of it (not a site name in it). */
    static boolean namedBy(String candidate, String hint) {
        int c = Chars.contentLength(candidate);
        int h = Chars.contentLength(hint);
        if (hint.contains(candidate) && c >= MIN_TITLE) {
            return true;
        }
        if (candidate.contains(hint) && h * 10 >= c * 6) {
            return true;
        }
        return overlap(candidate, hint) >= HINT_OVERLAP && overlap(hint, candidate) >= HINT_OVERLAP;
    }

    static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if ((a.contains(b) && Chars.contentLength(b) >= MIN_TITLE) || (b.contains(a) && Chars.contentLength(a) >= MIN_TITLE)) {
            return true;
        }
        return overlap(a, b) >= HINT_OVERLAP && overlap(b, a) >= HINT_OVERLAP;
    }

    /** Share of the candidate's tokens (Chinese character bigrams, Latin words) that occur in the text. */
    static double overlap(String candidate, String text) {
        Set<String> tokens = tokens(candidate);
        if (tokens.isEmpty()) {
            return 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int found = 0;
        for (String t : tokens) {
            if (lower.contains(t)) {
                found++;
            }
        }
        return (double) found / tokens.size();
    }

    static Set<String> tokens(String s) {
        Set<String> tokens = new LinkedHashSet<>();
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (HanText.isHan(c)) {
                if (i + 1 < lower.length() && HanText.isHan(lower.charAt(i + 1))) {
                    tokens.add(lower.substring(i, i + 2));
                }
            }
            if (Character.isLetterOrDigit(c) && !HanText.isHan(c)) {
                word.append(c);
            } else {
                if (word.length() > 2) {
                    tokens.add(word.toString());
                }
                word.setLength(0);
            }
        }
        if (word.length() > 2) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static String join(List<String> lines, int max) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() > max) {
                break;
            }
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
