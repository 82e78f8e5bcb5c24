package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.text.AnalyzedText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates ("2020年2月1日", "2月23日下午", "2020-02-01", "2020年2月"), normalized to ISO. When the text omits
 * the year it is taken from the publish time; without one the value is "MM-DD".
 */
public final class DateRecognizer {
    private static final Pattern FULL = Pattern.compile(
            "(?<![\\d])(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号](?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|晚)?");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d])(\\d{4})年(\\d{1,2})月(?![\\d份]*日)");
    /** A date without year more than this many months after publication was in the previous year. */
    private static final int MAX_MONTHS_AHEAD = 6;

    public List<Found> recognize(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Found> found = new ArrayList<>();
        Matcher full = FULL.matcher(text);
        while (full.find()) {
            String value = dayValue(full.group(1), full.group(2), full.group(3), analyzed.publishedAt());
            if (value != null) {
                found.add(date(full.start(), full.end(), text, value));
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            String value = dayValue(iso.group(1), iso.group(2), iso.group(3), null);
            if (value != null) {
                found.add(date(iso.start(), iso.end(), text, value));
            }
        }
        Matcher yearMonth = YEAR_MONTH.matcher(text);
        while (yearMonth.find()) {
            int month = Integer.parseInt(yearMonth.group(2));
            if (month >= 1 && month <= 12) {
                found.add(date(yearMonth.start(), yearMonth.end(), text,
                        String.format("%s-%02d", yearMonth.group(1), month)));
            }
        }
        return found;
    }

    private static Found date(int start, int end, String text, String value) {
        Found date = new Found(EntityType.DATE, start, end, text.substring(start, end));
        date.value = value;
        return date;
    }

    /** ISO date, "MM-DD" when no year is known, or null when there is no such day. */
    static String dayValue(String yearText, String monthText, String dayText, OffsetDateTime publishedAt) {
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        try {
            if (yearText != null) {
                return LocalDate.of(Integer.parseInt(yearText), month, day).toString();
            }
            if (publishedAt == null) {
                LocalDate.of(2020, month, day); // a leap year, to accept 02-29
                return String.format("%02d-%02d", month, day);
            }
            LocalDate published = publishedAt.toLocalDate();
            LocalDate sameYear = LocalDate.of(published.getYear(), month, day);
            return (sameYear.isAfter(published.plusMonths(MAX_MONTHS_AHEAD)) ? sameYear.minusYears(1) : sameYear).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
