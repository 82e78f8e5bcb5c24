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
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumSet;

/**
 * Undoes text that was decoded with the wrong charset somewhere upstream, at byte level:
 * UTF-8 read as GBK ({@code 鍦ㄥぇ鐤} for 在大疫) and UTF-8 read as Latin-1/cp1252 ({@code å¤§}). A run is replaced
 * only when re-encoding it and decoding it as UTF-8 succeeds strictly and yields everyday Chinese, which random
 * text practically never does.
 */
public final class MojibakeRepairer implements DocumentFilter {
    /** What MojibakeRepairer reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.FLAGS, DocumentField.REMOVED));

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Characters whose GBK bytes are a UTF-8 lead byte of a Chinese character followed by a continuation byte. */
    private static final BitSet UTF8_LEADS = utf8Leads();
    private static final String CP1252_SPECIALS = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

    @Override
    public void apply(WorkingDocument doc) {
        int repaired = 0;
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            String fixed = repairLatin1(repairGbk(line));
            if (!fixed.equals(line)) {
                repaired++;
                doc.remove("mojibake", line, "re-decoded as UTF-8: " + fixed);
                doc.setLine(i, fixed);
            }
        }
        if (repaired > 0) {
            doc.flag(Flags.MOJIBAKE_REPAIRED);
        }
    }

    /** UTF-8 bytes that were decoded as GBK. */
    static String repairGbk(String line) {
        StringBuilder out = null;
        int i = 0;
        int n = line.length();
        int copied = 0;
        while (i < n) {
            if (!isWide(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int suspicious = 0;
            while (i < n && isWide(line.charAt(i))) {
                if (isSuspicious(line.charAt(i))) {
                    suspicious++;
                }
                i++;
            }
            int len = i - start;
            if (len >= 3 && suspicious >= 2 && suspicious * 4 >= len) {
                start = firstUtf8Lead(line, start, i);
            }
            if (start >= 0 && i - start >= 3 && suspicious >= 2 && suspicious * 4 >= len) {
                // the run's edges may hold a character glued to a neighbour's byte: try without them
                for (int cutEnd = 0; cutEnd <= 3; cutEnd++) {
                    int end = i - cutEnd;
                    String fixed = end - start >= 3 ? tryUtf8(line.substring(start, end).getBytes(GB18030)) : null;
                    if (fixed != null) {
                        if (out == null) {
                            out = new StringBuilder(n);
                        }
                        out.append(line, copied, start).append(fixed);
                        copied = end;
                        break;
                    }
                }
            }
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    /**
     * Where UTF-8 read as GBK starts: the first character whose GBK bytes are a UTF-8 lead byte of a Chinese
     * character (E4-E9) and a continuation byte (80-BF); -1 when there is none, which is the common case.
     */
    private static int firstUtf8Lead(String line, int from, int to) {
        for (int k = from; k < to - 2; k++) {
            if (UTF8_LEADS.get(line.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static BitSet utf8Leads() {
        BitSet set = new BitSet(0x10000);
        for (int lead = 0xe4; lead <= 0xe9; lead++) {
            for (int trail = 0x80; trail <= 0xbf; trail++) {
                String c = GbLevels.decodeStrict(new byte[]{(byte) lead, (byte) trail}, GB18030);
                if (c != null && c.length() == 1) {
                    set.set(c.charAt(0));
                }
            }
        }
        return set;
    }

    /** UTF-8 bytes that were decoded as ISO-8859-1 or windows-1252. */
    static String repairLatin1(String line) {
        StringBuilder out = null;
        int i = 0;
        int n = line.length();
        int copied = 0;
        while (i < n) {
            if (cp1252Byte(line.charAt(i)) < 0x80) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && cp1252Byte(line.charAt(i)) >= 0x80) {
                i++;
            }
            if (i - start >= 2) {
                byte[] bytes = new byte[i - start];
                for (int k = start; k < i; k++) {
                    bytes[k - start] = (byte) cp1252Byte(line.charAt(k));
                }
                String fixed = GbLevels.decodeStrict(bytes, StandardCharsets.UTF_8);
                if (fixed != null && fixed.length() < i - start) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(line, copied, start).append(fixed);
                    copied = i;
                }
            }
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    private static String tryUtf8(byte[] bytes) {
        String decoded = GbLevels.decodeStrict(bytes, StandardCharsets.UTF_8);
        if (decoded == null || decoded.isEmpty()) {
            return null;
        }
        int han = 0;
        int common = 0;
        for (int k = 0; k < decoded.length(); k++) {
            char c = decoded.charAt(k);
            if (HanText.isHan(c)) {
                han++;
                if (GbLevels.isCommon(c)) {
                    common++;
                }
            } else if (c < 0x80 && Character.isISOControl(c)) {
                return null;
            }
        }
        return han > 0 && common * 10 >= han * 7 ? decoded : null;
    }

    private static boolean isWide(char c) {
        return c >= 0x2e80 && c != '\u3000' && !Character.isSurrogate(c) && c < 0xff00;
    }

    private static boolean isSuspicious(char c) {
        return (c >= '\u3040' && c <= '\u312f') || (c >= '\ue000' && c <= '\uf8ff')
                || (HanText.isHan(c) && GbLevels.level(c) == GbLevels.OUTSIDE) || c == '\ufffd';
    }

    private static int cp1252Byte(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xa0 && c <= 0xff) {
            return c;
        }
        int k = CP1252_SPECIALS.indexOf(c);
        return k >= 0 ? 0x80 + k : (c <= 0x9f ? c : 0);
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
