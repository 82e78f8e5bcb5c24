package dev.newsflow.clean.normalize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * Finds garbage left by bytes decoded at the wrong offset (a lost byte shifts every following GBK pair:
 * {@code 在大疫面前} turns into {@code 诖笠呙媲}). Runs on simplified text: a run of rare characters (GB2312 level 2
 * or outside it), with the question marks, stray Latin letters and brackets glued to it, is first re-aligned by one
 * byte; if that yields everyday characters they replace the run (partly: the cut bytes are lost), otherwise the run
 * is removed. Lone question marks between
 * characters (lost characters) only raise {@link Flags#MOJIBAKE_UNREPAIRED}.
 */
public final class GarbledRunFilter implements DocumentFilter {
    /** What GarbledRunFilter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS, DocumentField.REMOVED));

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Shortest rare run that counts as garbage on its own, and next to a question mark. */
    private static final int MIN_RUN = 4;
    private static final int MIN_RUN_NEXT_TO_LOSS = 3;

    @Override
    public void apply(WorkingDocument doc) {
        for (int i = 0; i < doc.lines().size(); i++) {
            doc.setLine(i, clean(doc.lines().get(i), doc));
        }
    }

    private String clean(String line, WorkingDocument doc) {
        if (line.indexOf('\ufffd') >= 0) {
            doc.flag(Flags.MOJIBAKE_UNREPAIRED);
            doc.remove("mojibake", line, "replacement characters (undecodable bytes) removed");
            line = line.replace("\ufffd", "");
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (!isRare(line.charAt(i))) {
                if (line.charAt(i) == '?' && i > 0 && i + 1 < n && HanText.isHan(line.charAt(i - 1))
                        && (HanText.isHan(line.charAt(i + 1)) || line.charAt(i + 1) == '?')) {
                    doc.flag(Flags.MOJIBAKE_UNREPAIRED);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && isRare(line.charAt(i))) {
                i++;
            }
            int end = i;
            int spanStart = start;
            while (spanStart > 0 && isGlue(line.charAt(spanStart - 1))) {
                spanStart--;
            }
            int spanEnd = end;
            while (spanEnd < n && isGlue(line.charAt(spanEnd))) {
                spanEnd++;
            }
            boolean nextToLoss = line.substring(spanStart, start).indexOf('?') >= 0
                    || line.substring(end, spanEnd).indexOf('?') >= 0;
            int run = end - start;
            if (run >= MIN_RUN || (nextToLoss && run >= MIN_RUN_NEXT_TO_LOSS)) {
                String repaired = realign(line.substring(start, end));
                if (out == null) {
                    out = new StringBuilder(n);
                }
                if (repaired != null) {
                    // the bytes cut at both ends are lost: the repair is partial, so both flags apply
                    out.append(line, copied, spanStart).append(repaired);
                    copied = spanEnd;
                    doc.flag(Flags.MOJIBAKE_REPAIRED);
                    doc.flag(Flags.MOJIBAKE_UNREPAIRED);
                    doc.remove("mojibake", line.substring(spanStart, spanEnd), "re-aligned by one byte, partly recovered: " + repaired);
                } else {
                    out.append(line, copied, spanStart);
                    copied = spanEnd;
                    doc.flag(Flags.MOJIBAKE_UNREPAIRED);
                    doc.remove("mojibake", line.substring(spanStart, spanEnd), "garbled run of rare characters");
                }
                i = spanEnd;
            }
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    /** Drops one byte at either end of the run's GB18030 bytes and keeps a decoding made of everyday characters. */
    static String realign(String run) {
        byte[] bytes = run.getBytes(GB18030);
        for (int[] cut : new int[][]{{1, 1}, {1, 0}, {0, 1}}) {
            if (bytes.length - cut[0] - cut[1] < 2) {
                continue;
            }
            byte[] shifted = Arrays.copyOfRange(bytes, cut[0], bytes.length - cut[1]);
            String decoded = GbLevels.decodeStrict(shifted, GB18030);
            if (decoded != null && decoded.length() >= run.length() - 1 && allCommon(decoded)) {
                return decoded;
            }
        }
        return null;
    }

    private static boolean allCommon(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!GbLevels.isCommon(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRare(char c) {
        return HanText.isHan(c) && GbLevels.level(c) != GbLevels.COMMON;
    }

    /** What sticks to a garbled run: lost-character marks, stray (accented) Latin letters, brackets. */
    private static boolean isGlue(char c) {
        return c == '?' || c == '(' || c == ')' || Chars.isAsciiLetter(c)
                || (c >= '\u00c0' && c <= '\u024f');
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
