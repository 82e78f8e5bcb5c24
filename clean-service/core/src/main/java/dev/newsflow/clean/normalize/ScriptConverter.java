package dev.newsflow.clean.normalize;

import dev.newsflow.common.text.HanText;
import dev.newsflow.clean.Flags;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentAccess;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.pipeline.DocumentField;
import dev.newsflow.clean.pipeline.WorkingDocument;
import dev.newsflow.clean.text.Chars;
import dev.newsflow.clean.text.Scripts;

import java.util.BitSet;
import java.util.EnumSet;

/**
 * Detects whether the page was written in traditional or simplified characters (by counting characters that exist
 * only in one script, from OpenCC's character tables) and converts traditional text to simplified with opencc4j,
 * which converts phrase by phrase ({@code 乾燥} and {@code 乾隆} differ).
 */
public final class ScriptConverter implements DocumentFilter {
    /** What ScriptConverter reads and writes of the document (checked by {@link CleaningPipeline}). */
    private static final DocumentAccess ACCESS = new DocumentAccess(
            EnumSet.of(DocumentField.LINES),
            EnumSet.of(DocumentField.LINES, DocumentField.ORIGINAL_SCRIPT, DocumentField.FLAGS));

    public static final String SIMPLIFIED = "zh-Hans";
    public static final String TRADITIONAL = "zh-Hant";
    private static final BitSet TRADITIONAL_ONLY = load("/data/dictionary/TSCharacters.txt");
    private static final BitSet SIMPLIFIED_ONLY = load("/data/dictionary/STCharacters.txt");

    @Override
    public void apply(WorkingDocument doc) {
        int traditional = 0;
        int simplified = 0;
        int han = 0;
        for (String line : doc.lines()) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!HanText.isHan(c)) {
                    continue;
                }
                han++;
                if (TRADITIONAL_ONLY.get(c)) {
                    traditional++;
                } else if (SIMPLIFIED_ONLY.get(c)) {
                    simplified++;
                }
            }
        }
        if (han == 0 || Scripts.isJapaneseOrKorean(doc.joinedText(20_000))) {
            return; // Japanese kanji and Korean hanja are not traditional Chinese
        }
        boolean isTraditional = traditional > simplified && traditional >= 3;
        doc.setOriginalScript(isTraditional ? TRADITIONAL : SIMPLIFIED);
        if (traditional == 0) {
            return;
        }
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i);
            if (containsTraditional(line)) {
                doc.setLine(i, toSimplified(line));
            }
        }
        if (isTraditional) {
            doc.flag(Flags.CONVERTED_FROM_TRADITIONAL);
        }
    }

    public static String toSimplified(String text) {
        return TraditionalToSimplified.convert(text);
    }

    public static boolean containsTraditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TRADITIONAL_ONLY.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Characters a table maps to something else only: they exist in one script alone. */
    private static BitSet load(String resource) {
        BitSet set = new BitSet(0x10000);
        for (OpenccTable.Entry entry : OpenccTable.read(resource)) {
            if (entry.source().length() == 1) {
                char from = entry.source().charAt(0);
                if (entry.targets().stream().noneMatch(t -> t.indexOf(from) >= 0)) {
                    set.set(from);
                }
            }
        }
        return set;
    }

    @Override
    public DocumentAccess access() {
        return ACCESS;
    }
}
