package dev.newsflow.clean;

import dev.newsflow.clean.chain.AssembleStep;
import dev.newsflow.clean.chain.Chain;
import dev.newsflow.clean.chain.DecodeStep;
import dev.newsflow.clean.chain.DedupStep;
import dev.newsflow.clean.chain.ExtractStep;
import dev.newsflow.clean.chain.FingerprintStep;
import dev.newsflow.clean.chain.Fingerprinted;
import dev.newsflow.clean.chain.QualityStep;
import dev.newsflow.clean.chain.TextFilters;
import dev.newsflow.clean.chain.TextFiltersStep;
import dev.newsflow.clean.content.MainContent;
import dev.newsflow.clean.decode.BodyDecoder;
import dev.newsflow.clean.dedup.DuplicateDetector;
import dev.newsflow.clean.pipeline.CleaningPipeline;
import dev.newsflow.common.limits.BodyLimit;
import dev.newsflow.contracts.CleanDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Raw page in, article out, through one typed chain ({@link #steps()}): decode -> extract (main content and
 * markup hints) -> text filters ({@link CleaningPipeline}) -> assemble -> fingerprint -> dedup -> quality. Build once
 * ({@link #withDefaults()} loads every lexicon and dictionary); thread-safe afterwards.
 */
public final class Cleaner {
    /** Up to the near-duplicate verdict, asked for and not waited on. */
    private final Chain<RawInput, Fingerprinted> front;
    /** The rest: the verdict waited for, then quality. */
    private final Chain<Fingerprinted, CleanDocument> back;

    public Cleaner(CleaningPipeline pipeline, DuplicateDetector duplicates) {
        this(pipeline, duplicates, BodyLimit.DEFAULT_BYTES);
    }

    /** @param maxBodyBytes the chain's one body cap ({@link BodyLimit}); longer bodies are cut and flagged */
    public Cleaner(CleaningPipeline pipeline, DuplicateDetector duplicates, int maxBodyBytes) {
        this.front = Chain.of(new DecodeStep(new BodyDecoder(maxBodyBytes)))
                .then(new ExtractStep(new MainContent()))
                .then(new TextFiltersStep(pipeline))
                .then(new AssembleStep())
                .then(new FingerprintStep(duplicates));
        this.back = Chain.of(new DedupStep()).then(new QualityStep());
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
        List<String> names = new ArrayList<>(front.names());
        names.addAll(back.names());
        return names;
    }

    /**
     * @throws CleanException when the body is empty, binary, or holds no article text
     */
    public CleanDocument clean(RawInput input) {
        return start(input).finish();
    }

    /**
     * The page cleaned up to its near-duplicate verdict, which is asked for without waiting;
     * {@link Started#finish()} waits for it. A caller that starts all pages of a batch before finishing any lets
     * the duplicate store answer them in one round instead of one round trip per page.
     *
     * @throws CleanException when the body is empty, binary, or holds no article text
     */
    public Started start(RawInput input) {
        if (input == null) {
            throw new CleanException("no input");
        }
        return new Started(guarded(() -> front.apply(input)));
    }

    /** A page {@linkplain #start started}: everything but the wait for its verdict and the quality score. */
    public final class Started {
        private final Fingerprinted fingerprinted;

        private Started(Fingerprinted fingerprinted) {
            this.fingerprinted = fingerprinted;
        }

        public CleanDocument finish() {
            return guarded(() -> back.apply(fingerprinted));
        }
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (CleanException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug or a page beyond every limit: the caller still gets one clear failure, not a crash
            throw new CleanException("the page could not be cleaned (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }
}
