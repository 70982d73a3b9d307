package org.newsift.models.claims;

import org.newsift.models.TextFeatures;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a sentence checkable besides its meaning, read off the text: figures, amounts and
 * percentages, comparisons ("more than", "the highest"), names (capitalised words after the first),
 * and its length; and a question mark, which rarely ends a claim. Eight numbers, each in [0, 1].
 */
public final class ClaimCues implements TextFeatures {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern AMOUNT = Pattern.compile("[%$€£]|\\b(?:percent|per cent|million|billion|trillion|thousand|hundred|dozens?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> COMPARISONS = Set.of("more", "less", "fewer", "most", "least", "than", "higher",
            "lower", "larger", "smaller", "biggest", "largest", "highest", "lowest", "increase", "increased", "decrease",
            "decreased", "doubled", "tripled", "record", "rose", "fell", "cut", "raised", "only", "every", "never", "first");
    private static final Set<String> WRITER = Set.of("i", "me", "my", "you", "your");

    @Override
    public int size() {
        return 8;
    }

    @Override
    public float[] of(String text) {
        String[] words = text.strip().split("\\s+");
        int numbers = count(NUMBER.matcher(text));
        int comparisons = 0;
        int names = 0;
        int personal = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^\\p{P}+|\\p{P}+$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            comparisons += COMPARISONS.contains(lower) ? 1 : 0;
            personal += WRITER.contains(lower) ? 1 : 0;
            if (i > 0 && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                names++;
            }
        }
        return new float[]{
                numbers > 0 ? 1 : 0,
                Math.min(numbers, 3) / 3f,
                AMOUNT.matcher(text).find() ? 1 : 0,
                Math.min(comparisons, 3) / 3f,
                Math.min(names, 5) / 5f,
                Math.min(personal, 3) / 3f,
                text.strip().endsWith("?") ? 1 : 0,
                Math.min(words.length, 50) / 50f};
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
