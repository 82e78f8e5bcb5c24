package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.text.AnalyzedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Numbers with a unit or measure word: "13批", "1514名", "14天", "1亿多人", "46%". */
public final class QuantityRecognizer {
    private final Pattern pattern;

    public QuantityRecognizer() {
        String units = LexiconFiles.lines("units.txt").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // no letter or digit before the number: "XX23名" is a redacted figure, "2020-2021" no quantity
        pattern = Pattern.compile("(?<![A-Za-z0-9.\\-])(\\d+(?:\\.\\d+)?)\\s?(多|余)?(万|亿)?(多|余)?\\s?(" + units + ")");
    }

    public List<Found> recognize(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Found> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            double number = Double.parseDouble(matcher.group(1));
            if ("万".equals(matcher.group(3))) {
                number *= 10_000;
            } else if ("亿".equals(matcher.group(3))) {
                number *= 100_000_000;
            }
            Found quantity = new Found(EntityType.QUANTITY, matcher.start(), matcher.end(), matcher.group());
            quantity.number = number;
            quantity.unit = matcher.group(5);
            found.add(quantity);
        }
        return found;
    }
}
