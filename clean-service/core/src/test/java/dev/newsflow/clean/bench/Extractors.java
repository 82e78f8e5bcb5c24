package dev.newsflow.clean.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.newsflow.clean.Cleaner;
import dev.newsflow.clean.RawInput;
import net.dankito.readability4j.Readability4J;

import java.nio.charset.Charset;

/**
 * The extractors compared in the throughput benchmarks, each from the page bytes to the article text. The
 * baselines get the bytes decoded with the right charset (they cannot detect it), so their figures include
 * no charset detection, no normalization and no metadata: the comparison flatters them.
 */
final class Extractors {
    private final Cleaner cleaner = Cleaner.withDuplicateDetector(null);

    String cleaner(RawInput page) {
        return cleaner.clean(page).text;
    }

    static String readability4j(RawInput page, Charset charset) {
        return new Readability4J(page.url(), new String(page.body(), charset)).parse().getTextContent();
    }

    static String boilerpipe(RawInput page, Charset charset) {
        try {
            return ArticleExtractor.INSTANCE.getText(new String(page.body(), charset));
        } catch (BoilerpipeProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
