package dev.newsflow.extract.recognize;

import dev.newsflow.contracts.EntityType;
import dev.newsflow.extract.lexicon.LexiconFiles;
import dev.newsflow.extract.lexicon.PhraseIndex;
import dev.newsflow.extract.text.AnalyzedText;
import dev.newsflow.extract.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named meetings: the words before a meeting word ("会议", "座谈会", ...) back to the start of the clause or to the
 * verb that introduces them ("主持召开", "暨"). A name is kept only if it is specific: an ordinal ("第十五次"),
 * a body or scope at its start ("省委", "全省"), a place, or a qualifying word ("电视电话", "专题").
 * The meeting's date is the date written in the same sentence.
 */
public final class MeetingRecognizer {
    private static final int MAX_NAME_LENGTH = 40;
    private static final Pattern ORDINAL = Pattern.compile("第([零〇一二三四五六七八九十百两\\d]+)[次届]");
    private static final Pattern LEADING_COUNT = Pattern.compile("^[\\d零〇一二三四五六七八九十两]+次");
    private static final Pattern SCOPED_START = Pattern.compile("^(全省|全市|全县|全区|全国|全州|全校|全院|中央|国务院|中共)");
    private static final Pattern VAGUE_START = Pattern.compile("^(这次|此次|本次|该次|这个|各种|各类|各项|每次|上次|下次|有关|相关|一次|历次|多次|两次|专门)");

    private final PhraseIndex meetingWords = new PhraseIndex(LexiconFiles.lines("meeting-words.txt"));
    private final PhraseIndex triggers = new PhraseIndex(LexiconFiles.lines("meeting-triggers.txt"));
    private final List<String> qualifiers = LexiconFiles.lines("meeting-qualifiers.txt");

    public List<Found> recognize(AnalyzedText analyzed, List<Found> places, List<Found> organizations, List<Found> dates) {
        String text = analyzed.text();
        List<Found> meetings = new ArrayList<>();
        // indexed once so that each meeting looks up its neighbours in constant time (cost linear in the text)
        java.util.Map<Integer, List<Found>> bodiesByStart = new java.util.HashMap<>();
        organizations.forEach(body -> bodiesByStart.computeIfAbsent(body.start, k -> new ArrayList<>()).add(body));
        java.util.Set<Integer> placeStarts = new java.util.HashSet<>();
        places.forEach(place -> placeStarts.add(place.start));
        List<Found> sortedDates = new ArrayList<>(dates);
        sortedDates.sort(java.util.Comparator.comparingInt(date -> date.start));
        for (int end = 2; end <= text.length(); end++) {
            char last = text.charAt(end - 1);
            if (last != '议' && last != '会') {
                continue;
            }
            if (last == '会' && end < text.length() && text.charAt(end) == '议') {
                continue;
            }
            int word = meetingWords.longestEndingAt(text, end);
            if (word == 0) {
                continue;
            }
            int start = nameStart(text, end - word);
            String name = text.substring(start, end);
            if (isSpecific(name, word, start, placeStarts, bodiesByStart)) {
                Found meeting = new Found(EntityType.MEETING, start, end, name);
                Matcher ordinal = ORDINAL.matcher(name);
                if (ordinal.find()) {
                    long value = ChineseNumerals.parse(ordinal.group(1));
                    meeting.ordinal = value > 0 && value < 10_000 ? (int) value : null;
                }
                meeting.date = dateInSentence(text, meeting, sortedDates);
                meetings.add(meeting);
            }
        }
        return meetings;
    }

    private int nameStart(String text, int wordStart) {
        int start = wordStart;
        while (start > 0 && wordStart - start < MAX_NAME_LENGTH) {
            char c = text.charAt(start - 1);
            boolean ordinalList = c == '、' && start >= 2 && text.charAt(start - 2) == '次';
            boolean enlargedMark = (c == ')' || c == '）') ? start >= 3 && text.startsWith("扩大", start - 3)
                    : (c == '(' || c == '（') && text.startsWith("扩大", start);
            if (Chars.isBreak(c) && !ordinalList && !enlargedMark) {
                break;
            }
            start--;
        }
        // the name starts after the last introducing verb
        int nameStart = start;
        for (int i = start; i < wordStart; i++) {
            int trigger = triggers.longestStartingAt(text, i);
            if (trigger > 0 && i + trigger <= wordStart) {
                nameStart = i + trigger;
                i += trigger - 1;
            }
        }
        while (nameStart < wordStart && "了的".indexOf(text.charAt(nameStart)) >= 0) {
            nameStart++;
        }
        // "3次常委会会议" counts meetings: the count is not part of the name
        Matcher count = LEADING_COUNT.matcher(text.substring(nameStart, wordStart));
        return count.find() ? nameStart + count.end() : nameStart;
    }

    private boolean isSpecific(String name, int wordLength, int start, java.util.Set<Integer> placeStarts,
                               java.util.Map<Integer, List<Found>> bodiesByStart) {
        String qualifier = name.substring(0, name.length() - wordLength);
        if (qualifier.length() < 2 || VAGUE_START.matcher(qualifier).find()
                || qualifier.contains("的") || qualifier.contains("等")) {
            return false;
        }
        if (ORDINAL.matcher(qualifier).find() || SCOPED_START.matcher(qualifier).find()) {
            return true;
        }
        for (Found body : bodiesByStart.getOrDefault(start, List.of())) {
            if (body.end <= start + qualifier.length()) {
                return true;
            }
        }
        if (placeStarts.contains(start)) {
            return true;
        }
        for (String word : qualifiers) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The date of the meeting's sentence nearest to it; dates sorted by start. */
    private static String dateInSentence(String text, Found meeting, List<Found> dates) {
        int sentenceStart = meeting.start;
        while (sentenceStart > 0 && !isSentenceEnd(text.charAt(sentenceStart - 1))) {
            sentenceStart--;
        }
        int sentenceEnd = meeting.end;
        while (sentenceEnd < text.length() && !isSentenceEnd(text.charAt(sentenceEnd))) {
            sentenceEnd++;
        }
        Found best = null;
        for (int i = firstStartingFrom(dates, sentenceStart); i < dates.size() && dates.get(i).start < sentenceEnd; i++) {
            Found date = dates.get(i);
            if (date.end <= sentenceEnd && !containsSentenceEnd(text, Math.min(date.start, meeting.start), Math.max(date.end, meeting.end))
                    && (best == null || Math.abs(date.start - meeting.start) < Math.abs(best.start - meeting.start))) {
                best = date;
            }
        }
        return best == null ? null : best.value;
    }

    private static int firstStartingFrom(List<Found> sorted, int offset) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).start < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '\n' || c == '！' || c == '？';
    }

    private static boolean containsSentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }
}
