package dev.newsflow.clean.boilerplate;

import java.util.regex.Pattern;

/**
 * Whether a line is a photo caption: a short line that ends in a picture credit, in the shapes captions take in
 * European languages: {@code … (Foto: Name)}, {@code … Bild: Agentur}, {@code … © Name}, {@code … (c) Name},
 * {@code … (Symbolbild)}, {@code … / iStock.com}, {@code … | Getty Images}, or that starts as a figure's label
 * ({@code Abbildung 4: …}, {@code Fig. 2. …}). Figure captions the markup marks are
 * dropped with their element; this catches those a CMS writes as a plain paragraph under the picture.
 */
final class PhotoCredit {
    /** A caption is at most this long; a paragraph that ends in a credit is a long caption, a longer one prose. */
    static final int MAX_CAPTION_CHARS = 350;
    /** The credit's part of a line: label, name and brackets. */
    private static final int CREDIT_TAIL = 110;
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            // Foto: Name, (Bild: Agentur), Photo by: X, Crédito: Y, Quelle: Z at the end of the line
            "(?:^|[\\s(\\[|/,.–—-])(?:foto|fotos|bild|bilder|photo|photos|photograph|credit|credits|crédito|créditos"
                    + "|crédit|crédits|crédits photos|image|images|titelbild|beitragsbild|picture)"
                    + "(?:\\s+by)?\\s*:\\s*[^!?:;©]{1,70}[)\\]]?\\s*$"
                    // © Name, (C) Name (not the (c) of a list)
                    + "|(?:©|(?-i:\\(C\\)))\\s*[^©!?]{1,70}$"
                    // (Symbolbild), (Archivbild)
                    + "|\\((?:symbolbild|archivbild|archivfoto|symbolfoto|file photo|illustration)\\)\\.?\\s*$"
                    // / iStock.com, | Getty Images, (dpa)
                    + "|[/(|]\\s*(?:[\\p{L}\\d.\\- ]{1,30}/\\s*)?(?:getty images|istock(?:photo)?(?:\\.com)?|shutterstock(?:\\.com)?"
                    + "|picture[- ]alliance|imago(?: images)?|unsplash|pixabay|pexels|adobe ?stock|fotolia)\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A numbered or labelled figure caption: {@code Abbildung 4: …}, {@code Abb. 2 – …}, {@code Figure 3. …}. */
    private static final Pattern FIGURE_LABEL = Pattern.compile(
            "^(?:abbildung|abb\\.|figure|fig\\.|grafik|schaubild|illustration|bildunterschrift)\\s*\\d{0,3}[a-z]?\\s*[:.–—-]\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PhotoCredit() {
    }

    static boolean isCaption(String line) {
        if (line.length() > MAX_CAPTION_CHARS) {
            return false;
        }
        if (FIGURE_LABEL.matcher(line.strip()).lookingAt()) {
            return true;
        }
        // a credit is at most about a hundred characters long: only the line's end is searched, and only when it
        // holds a character every credit shape needs (the label's colon, ©, a bracket, slash or bar)
        int from = Math.max(0, line.length() - CREDIT_TAIL);
        if (!holdsAny(line, from, CREDIT_MARKS)) {
            return false;
        }
        java.util.regex.Matcher m = CREDIT_AT_END.matcher(line);
        m.useAnchoringBounds(false).useTransparentBounds(true).region(from, line.length());
        return m.find();
    }

    /** One of them is in every shape {@link #CREDIT_AT_END} matches. */
    private static final String CREDIT_MARKS = ":©(/|";

    private static boolean holdsAny(String line, int from, String marks) {
        for (int i = from; i < line.length(); i++) {
            if (marks.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
