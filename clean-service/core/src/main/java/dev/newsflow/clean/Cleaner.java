package dev.newsflow.clean;

import dev.newsflow.clean.chain.AssembleStep;
import dev.newsflow.clean.chain.Chain;
import dev.newsflow.clean.chain.DecodeStep;
import dev.newsflow.clean.chain.DedupStep;
import dev.newsflow.clean.chain.ExtractStep;
import dev.newsflow.clean.chain.QualityStep;
import dev.newsflow.clean.chain.TextFilters;
import dev.newsflow.clean.chain.TextFiltersStep;
import dev.newsflow.clean.content.MainContent;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.common.limits.BodyLimit;
import dev.newsflow.contracts.CleanDocument;

import java.util.List;

/**
 * Raw page in, article out, through one typed chain ({@link #steps()}): decode -> extract (main content and
 * markup hints) -> text filters ({@link CleaningPipeline}) -> assemble -> dedup -> quality. Build once
 * ({@link #withDefaults()} loads every lexicon and dictionary); thread-safe afterwards.
 */
public final class Cleaner {
    private final Chain<RawInput, CleanDocument> chain;

    public Cleaner(CleaningPipeline pipeline, DuplicateDetector duplicates) {
        this(pipeline, duplicates, BodyLimit.DEFAULT_BYTES);
    }

    /** @param maxBodyBytes the chain's one body cap ({@link BodyLimit}); longer bodies are cut and flagged */
    public Cleaner(CleaningPipeline pipeline, DuplicateDetector duplicates, int maxBodyBytes) {
        this.chain = Chain.of(new DecodeStep(new BodyDecoder(maxBodyBytes)))
                .then(new ExtractStep(new MainContent()))
                .then(new TextFiltersStep(pipeline))
                .then(new AssembleStep())
                .then(new DedupStep(duplicates))
                .then(new QualityStep());
    }

    /** Default rules and a process-local duplicate detector remembering the last {@value DuplicateDetector#IN_MEMORY_CAPACITY} documents. */
    public static Cleaner withDefaults() {
        return new Cleaner(TextFilters.defaults(), DuplicateDetector.inMemory(DuplicateDetector.IN_MEMORY_CAPACITY));
    }

    /** Default rules with a duplicate detector of the caller's (e.g. backed by a store shared by replicas). */
    public static Cleaner withDuplicateDetector(DuplicateDetector duplicates) {
        return new Cleaner(TextFilters.defaults(), duplicates);
    }

    /** Default rules, the caller's duplicate detector (nullable: none) and body cap. */
    public static Cleaner with(DuplicateDetector duplicates, int maxBodyBytes) {
        return new Cleaner(TextFilters.defaults(), duplicates, maxBodyBytes);
    }

    /** The chain's steps in the order they run, the text filters listed inside theirs. */
    public List<String> steps() {
        return chain.names();
    }

    /**
     * @throws CleanException when the body is empty, binary, or holds no article text
     */
    public CleanDocument clean(RawInput input) {
        if (input == null) {
            throw new CleanException("no input");
        }
        try {
            return chain.apply(input);
        } catch (CleanException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug or a page beyond every limit: the caller still gets one clear failure, not a crash
            throw new CleanException("the page could not be cleaned (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }
}
