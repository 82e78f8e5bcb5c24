package dev.newsflow.common.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Chinese surnames, single and compound ({@code surnames.txt}), loaded once per process. */
public final class Surnames {
    private static final List<String> ALL = WordLists.read("surnames.txt");
    private static final Set<String> SET = Set.copyOf(new LinkedHashSet<>(ALL));

    private Surnames() {
    }

    /** Every surname, compound ones ("欧阳") included. */
    public static Set<String> all() {
        return SET;
    }

    public static boolean isSurname(String candidate) {
        return SET.contains(candidate);
    }

    /** Length of the surname the name starts with, preferring a compound surname ("司马义" -> 2), or 0. */
    public static int surnameLength(CharSequence name) {
        if (name.length() >= 2 && SET.contains(name.subSequence(0, 2).toString())) {
            return 2;
        }
        return name.length() >= 1 && SET.contains(name.subSequence(0, 1).toString()) ? 1 : 0;
    }
}
