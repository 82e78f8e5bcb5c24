package dev.newsflow.extract;

import dev.newsflow.contracts.CleanDocument;
import dev.newsflow.contracts.EnrichedDocument;
import dev.newsflow.contracts.Entity;
import dev.newsflow.contracts.EntityType;
import dev.newsflow.contracts.Mention;
import dev.newsflow.extract.lexicon.Gazetteer;
import dev.newsflow.extract.recognize.DateRecognizer;
import dev.newsflow.extract.recognize.EntityResolver;
import dev.newsflow.extract.recognize.Found;
import dev.newsflow.extract.recognize.MeetingRecognizer;
import dev.newsflow.extract.recognize.OrganizationRecognizer;
import dev.newsflow.extract.recognize.PersonRecognizer;
import dev.newsflow.extract.recognize.PersonRecognizer.KnownPerson;
import dev.newsflow.extract.recognize.PlaceRecognizer;
import dev.newsflow.extract.recognize.QuantityRecognizer;
import dev.newsflow.extract.recognize.QuotedTermRecognizer;
import dev.newsflow.extract.recognize.SpamDetector;
import dev.newsflow.extract.recognize.StatisticalCandidates;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Token;
import dev.newsflow.extract.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Enriches a clean document with entities, keywords, a summary and segmented text.
 * Build it once per process ({@link #withDefaults()} loads HanLP and the lexicons); it is thread-safe afterwards.
 */
public final class Extractor {
    private static final int KEYWORDS = 10;
    private static volatile Extractor defaults;

    private final Tokenizer tokenizer = new Tokenizer();
    private final SpamDetector spamDetector = new SpamDetector();
    private final DateRecognizer dates = new DateRecognizer();
    private final QuantityRecognizer quantities = new QuantityRecognizer();
    private final QuotedTermRecognizer terms = new QuotedTermRecognizer();
    private final PlaceRecognizer places;
    private final OrganizationRecognizer organizations = new OrganizationRecognizer();
    private final MeetingRecognizer meetings = new MeetingRecognizer();
    private final PersonRecognizer persons;
    private final EntityResolver resolver;
    private final EntityAssembler assembler = new EntityAssembler();
    private final Keywords keywords = new Keywords();
    private final Summarizer summarizer = new Summarizer();

    private Extractor() {
        Gazetteer gazetteer = Gazetteer.load();
        places = new PlaceRecognizer(gazetteer);
        persons = new PersonRecognizer(gazetteer);
        resolver = new EntityResolver(gazetteer);
        tokenizer.tokenize("预热词典"); // loads HanLP's dictionaries now rather than on the first document
    }

    /** The shared instance; the first call loads the dictionaries. */
    public static Extractor withDefaults() {
        Extractor instance = defaults;
        if (instance == null) {
            synchronized (Extractor.class) {
                instance = defaults;
                if (instance == null) {
                    instance = new Extractor();
                    defaults = instance;
                }
            }
        }
        return instance;
    }

    public EnrichedDocument enrich(CleanDocument doc) {
        EnrichedDocument enriched = new EnrichedDocument(doc);
        String text = doc.text == null ? "" : doc.text;
        List<Token> tokens = tokenizer.tokenize(text);
        AnalyzedText analyzed = new AnalyzedText(text, tokens, spamDetector.detect(text), doc.publishedAt);
        enriched.entities = entities(analyzed, doc);
        List<Token> merged = SegmentedText.mergeEntities(tokens, enriched.entities, text);
        enriched.segmentedText = SegmentedText.join(merged);
        enriched.keywords = keywords.top(merged, KEYWORDS);
        enriched.summary = summarizer.summarize(text);
        return enriched;
    }

    /** The entities of a text alone, with no metadata. */
    public List<Entity> entities(String text) {
        CleanDocument doc = new CleanDocument();
        doc.text = text;
        return enrich(doc).entities;
    }

    private List<Entity> entities(AnalyzedText analyzed, CleanDocument doc) {
        List<Found> all = new ArrayList<>();
        List<Found> foundDates = dates.recognize(analyzed);
        List<Found> foundPlaces = places.recognize(analyzed);
        foundPlaces = StatisticalCandidates.withPlaces(foundPlaces, analyzed);
        all.addAll(foundDates);
        all.addAll(quantities.recognize(analyzed));
        all.addAll(terms.recognize(analyzed));
        all.addAll(foundPlaces);
        List<Found> foundOrganizations = organizations.recognize(analyzed, foundPlaces,
                doc.source == null ? List.of() : List.of(doc.source));
        all.addAll(foundOrganizations);
        all.addAll(meetings.recognize(analyzed, foundPlaces, foundOrganizations, foundDates));
        all.addAll(persons.recognize(analyzed, knownPersons(doc)));
        all.removeIf(found -> found.start >= 0 && analyzed.touchesSpam(found.start, found.end));
        resolver.resolve(all, foundPlaces);
        return assembler.assemble(all);
    }

    private static List<KnownPerson> knownPersons(CleanDocument doc) {
        List<KnownPerson> known = new ArrayList<>();
        if (doc.reporters != null) {
            doc.reporters.forEach(name -> known.add(new KnownPerson(name, "记者")));
        }
        if (doc.editors != null) {
            doc.editors.forEach(name -> known.add(new KnownPerson(name, "责任编辑")));
        }
        return known;
    }

    /** The date of the event reported: the date of the first meeting that has one, else the first date. */
    public static String eventDate(List<Entity> entities) {
        Entity firstMeeting = null;
        Entity firstDate = null;
        for (Entity entity : entities) {
            if (entity.type() == EntityType.MEETING && entity.date() != null
                    && (firstMeeting == null || firstStart(entity) < firstStart(firstMeeting))) {
                firstMeeting = entity;
            }
            if (entity.type() == EntityType.DATE && (firstDate == null || firstStart(entity) < firstStart(firstDate))) {
                firstDate = entity;
            }
        }
        return firstMeeting != null ? firstMeeting.date() : firstDate == null ? null : firstDate.value();
    }

    private static int firstStart(Entity entity) {
        return entity.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }
}
