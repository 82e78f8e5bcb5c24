package dev.newsflow.clean.chain;

import dev.newsflow.clean.boilerplate.BoilerplateFilter;
import dev.newsflow.clean.boilerplate.TailCutter;
import dev.newsflow.clean.boilerplate.TemplatePlaceholderFilter;
import dev.newsflow.clean.metadata.LeadSentenceTitle;
import dev.newsflow.clean.metadata.DatelineFilter;
import dev.newsflow.clean.metadata.MetadataFilter;
import dev.newsflow.clean.metadata.TitleSelector;
import dev.newsflow.clean.normalize.GarbledRunFilter;
import dev.newsflow.clean.normalize.LineReflow;
import dev.newsflow.clean.normalize.MojibakeRepairer;
import dev.newsflow.clean.normalize.PinyinAnnotationFilter;
import dev.newsflow.clean.normalize.ScriptConverter;
import dev.newsflow.clean.normalize.WhitespaceNormalizer;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.clean.pipeline.DocumentFilter;
import dev.newsflow.clean.spam.LinkListFilter;
import dev.newsflow.clean.spam.SpamFilter;

import java.util.List;

/**
 * THE cleaning rules, in the order they run. Every step is one small filter class with its own tests and its
 * declared reads and writes; the word lists they use are in {@code src/main/resources/dev/newsflow/clean/lexicon}.
 * Text from HTML arrives as the lines of the article region chosen by
 * {@link dev.newsflow.clean.content.HtmlExtractor}; plain text as its lines.
 */
public final class TextFilters {
    private TextFilters() {
    }

    /** The default filters as a checked pipeline. */
    public static CleaningPipeline defaults() {
        return new CleaningPipeline(list());
    }

    /** The default filters, in order, new instances. */
    public static List<DocumentFilter> list() {
        return List.of(
                // characters: byte-level repairs first, while the damage is still recognisable
                new WhitespaceNormalizer(),          // NBSP, zero-width, full-width ASCII, space runs
                new MojibakeRepairer(),              // UTF-8 read as GBK or Latin-1
                new PinyinAnnotationFilter(),        // 作战(zhàn) -> 作战
                new ScriptConverter(),               // detect zh-Hant, convert to simplified phrase by phrase
                new GarbledRunFilter(),              // runs of rare characters from misaligned bytes
                // lines: remove what is not article text
                SpamFilter.withDefaults(),           // injected gambling/porn spans and lines
                new LinkListFilter(),                // keyword lists with bars, navigation word lists
                new LineReflow(),                    // PDF line wraps joined, flattened pages split
                MetadataFilter.withDefaults(),       // date, source, reporters, editors, authors
                new DatelineFilter(),                // what is left of datelines in the head
                TailCutter.withDefaults(),           // related articles, comments and everything after
                BoilerplateFilter.withDefaults(),    // labels, notices, footers, breadcrumbs
                new TitleSelector(),                 // headline and subtitle; headline block removed
                new LeadSentenceTitle(),             // no headline: derived from the lead sentence, flagged
                new TemplatePlaceholderFilter());    // X 万多例, {{title}}
    }
}
