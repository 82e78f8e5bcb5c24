package dev.newsflow.clean.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them: {@code 2020年02月02日07:07}, {@code 2020-02-21 08:50:21}, {@code 2020/2/1},
 * ISO-8601 in meta tags, {@code March 3, 2020}. A date without a year is not a publication date and is ignored.
 * Times without a zone are China time (+08:00) unless the parser is built with another default.
 */
public final class DateParser {
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*[日号]?"
                    + "(?:\\s*T?\\s*(\\d{1,2})\\s*[:\\uff1a时]\\s*(\\d{1,2})(?:\\s*[:\\uff1a分]\\s*(\\d{1,2}))?)?");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE);
    /** British order, as UK sites write it: {@code Thu 12 Jan 2023 16.45 GMT}. */
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})"
                    + "(?:,?\\s+(\\d{1,2})[:.](\\d{2})\\s*(GMT|UTC|BST)?)?",
            Pattern.CASE_INSENSITIVE);
    /** Dates in URL paths: {@code /2020-02/19/}, {@code /2020/02/19/}, {@code t20200219_}, {@code /20200219/}. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?![0-9])");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private final ZoneOffset defaultZone;

    public DateParser(ZoneOffset defaultZone) {
        this.defaultZone = defaultZone;
    }

    public DateParser() {
        this(CHINA);
    }

    /** The first date with a year in the text, or null. */
    public OffsetDateTime find(String text) {
        if (text.indexOf("19") < 0 && text.indexOf("20") < 0) {
            return null; // every pattern below needs a year 19xx or 20xx
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            OffsetDateTime t = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            if (t != null) {
                return t;
            }
        }
        Matcher e = ENGLISH.matcher(text);
        while (e.find()) {
            String mon = e.group(1).toLowerCase(Locale.ROOT).substring(0, 3);
            for (int k = 0; k < MONTHS.length; k++) {
                if (MONTHS[k].equals(mon)) {
                    OffsetDateTime t = build(e.group(3), String.valueOf(k + 1), e.group(2), null, null, null);
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        Matcher b = ENGLISH_DAY_FIRST.matcher(text);
        while (b.find()) {
            int month = monthNumber(b.group(2));
            OffsetDateTime t = build(b.group(3), String.valueOf(month), b.group(1), b.group(4), b.group(5), null);
            if (t != null && b.group(6) != null) {
                ZoneOffset zone = b.group(6).equalsIgnoreCase("BST") ? ZoneOffset.ofHours(1) : ZoneOffset.UTC;
                t = t.toLocalDateTime().atOffset(zone);
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static int monthNumber(String name) {
        String mon = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int k = 0; k < MONTHS.length; k++) {
            if (MONTHS[k].equals(mon)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The publication date a URL path carries, at midnight; null when none. */
    public OffsetDateTime fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int query = url.indexOf('?');
        String path = query >= 0 ? url.substring(0, query) : url;
        int scheme = path.indexOf("://");
        int slash = path.indexOf('/', scheme >= 0 ? scheme + 3 : 0);
        if (slash < 0) {
            return null;
        }
        Matcher m = URL_DATE.matcher(path.substring(slash));
        while (m.find()) {
            OffsetDateTime t = build(m.group(1), m.group(2), m.group(3), null, null, null);
            if (t != null && t.getYear() >= 1995 && !t.isAfter(OffsetDateTime.now(defaultZone).plusDays(2))) {
                return t;
            }
        }
        return null;
    }

    /** A machine-written date (meta tags, {@code <time datetime>}): ISO-8601 first, then the human forms. */
    public OffsetDateTime parseMachine(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).atOffset(defaultZone);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().atOffset(defaultZone);
        } catch (DateTimeParseException ignored) {
            // try the human forms
        }
        return find(v);
    }

    private OffsetDateTime build(String y, String mo, String d, String h, String mi, String s) {
        try {
            int year = Integer.parseInt(y);
            int month = Integer.parseInt(mo);
            int day = Integer.parseInt(d);
            int hour = h == null ? 0 : Integer.parseInt(h);
            int minute = mi == null ? 0 : Integer.parseInt(mi);
            int second = s == null ? 0 : Integer.parseInt(s);
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, defaultZone);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
