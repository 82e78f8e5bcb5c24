package dev.newsflow.clean.chain;

import dev.newsflow.clean.pipeline.CleaningPipeline;

/** The line filters of {@link CleaningPipeline} (normalization, spam, boilerplate, metadata, title), in order. */
public final class TextFiltersStep implements Step<ExtractedPage, ExtractedPage> {
    private final CleaningPipeline pipeline;

    public TextFiltersStep(CleaningPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public String name() {
        return "text-filters" + pipeline.names();
    }

    @Override
    public ExtractedPage apply(ExtractedPage page) {
        pipeline.run(page.doc());
        return page;
    }
}
