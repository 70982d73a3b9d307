package org.newsift.attribution;

import org.newsift.actors.Resolution;
import org.newsift.actors.ResolvedMention;
import org.newsift.model.Actor;
import org.newsift.model.Speaker;
import org.newsift.nlp.EntityMention;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Turns the subject of a cue into a {@link Speaker}: the words of its phrase and the actor the actor
 * stage resolved them to, with the rule that linked them ({@link Found#how}). The actor stage already
 * makes "a Taliban spokesman" the Taliban, so a spokesman's words are his organisation's. Cheap
 * coreference links the rest, within the last {@value #LOOK_BACK} sentences:
 * <ul>
 *   <li>"he"/"she" speak for the most recent person whose first name does not contradict the pronoun;</li>
 *   <li>"they", "it" and "we" for the most recent actor that is not one person;</li>
 *   <li>a description ("the former attorney general") for the person it stood beside as an apposition
 *       earlier ("Kamala Harris, the former California attorney general"); failing that, for an actor
 *       named inside it ("the head of the Pakistani delegation"), unless the description is of a former office
 *       holder, who no longer speaks for it.</li>
 * </ul>
 */
final class Speakers {
    private static final Set<String> FEMALE = Set.of("she", "her");
    private static final Set<String> MALE = Set.of("he", "him");
    private static final Set<String> COLLECTIVE = Set.of("they", "it", "we");
    private static final int LOOK_BACK = 3;
    /** Entity tags of when, not who: no speaker, nor part of one, and no content (quotes read them too). */
    static final Set<String> WHEN = Set.of("DATE", "TIME", "DURATION");
    /** How far back a description may find the apposition that introduced its person. */
    private static final int DESCRIPTION_LOOK_BACK = 12;

    /** A speaker and how its actor was found. */
    record Found(Speaker speaker, String how) {
    }

    private final String text;
    private final List<Sentence> sentences;
    /** The resolved mentions of each sentence, in text order. */
    private final List<List<ResolvedMention>> mentions;
    private final Map<String, String> names = new HashMap<>();
    /** Per mention, whether it is one person, and the gender its first name gives (or null). */
    private final Map<ResolvedMention, String> personGender = new HashMap<>();

    Speakers(String text, NlpResult nlp, Resolution resolution) {
        this.text = text;
        this.sentences = nlp.sentences();
        this.mentions = bySentence(resolution.mentions().stream()
                .sorted(Comparator.comparingInt(ResolvedMention::sentence).thenComparingInt(ResolvedMention::first)).toList(),
                ResolvedMention::sentence);
        for (Actor a : resolution.actors()) {
            names.put(a.id(), a.name());
        }
        List<List<EntityMention>> entities = bySentence(nlp.entities(), EntityMention::sentence);
        for (List<ResolvedMention> inSentence : mentions) {
            for (ResolvedMention m : inSentence) {
                if (sentences.get(m.sentence()).token(m.head()).ner().equals("PERSON")) {
                    personGender.put(m, genderOf(entities.get(m.sentence()), m));
                }
            }
        }
    }

    /** The items of each sentence, in their order: per-sentence look-ups that do not read the whole document. */
    private <T> List<List<T>> bySentence(List<T> items, ToIntFunction<T> sentence) {
        List<List<T>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ArrayList<>(0));
        }
        items.forEach(item -> out.get(sentence.applyAsInt(item)).add(item));
        return out;
    }

    /** @param entities the entities of the mention's sentence */
    private static String genderOf(List<EntityMention> entities, ResolvedMention m) {
        for (EntityMention e : entities) {
            if (e.firstToken() <= m.head() && m.head() <= e.lastToken()) {
                return e.gender() == null ? "" : e.gender();
            }
        }
        return "";
    }

    /** The speaker named by the phrase headed by {@code head}, leaving out tokens in {@code exclude}. */
    Found of(Sentence s, int head, boolean[] exclude) {
        boolean[] phrase = Clauses.subtree(s, head);
        for (int i = 0; i < phrase.length; i++) {
            // an apposition or relative clause can reach into the quote itself: the phrase stops there
            phrase[i] &= exclude == null || !exclude[i];
        }
        for (Token c : s.children(head)) {
            if (isSetOffParticiple(s, head, c) || isWhen(c)) {
                // "said Joe Biden, urging those calling for … to wait", "Sen. Bernie Sanders on Saturday criticized":
                // what he did while speaking, or when, is not his name
                boolean[] clause = Clauses.subtree(s, c.index());
                for (int i = 0; i < phrase.length; i++) {
                    phrase[i] &= !clause[i];
                }
            }
        }
        int[] r = Clauses.range(s, phrase);
        if (r == null) {
            return null;
        }
        return found(s, head, r);
    }

    /** A date or time hung on the name ("Sanders on Saturday"). */
    private static boolean isWhen(Token t) {
        return (t.deprel().startsWith("nmod") || t.deprel().startsWith("obl")) && WHEN.contains(t.ner());
    }

    private static boolean isSetOffParticiple(Sentence s, int head, Token c) {
        return c.deprel().equals("acl") && (c.pos().equals("VBG") || c.pos().equals("VBN")) && c.index() > head + 1
                && Clauses.isPunct(s.token(c.index() - 1));
    }

    /** The speaker named by tokens {@code first..last} ("PENCE" before a transcript's colon). */
    Found ofTokens(Sentence s, int first, int last) {
        return found(s, last, new int[]{first, last});
    }

    private Found found(Sentence s, int head, int[] range) {
        int start = s.token(range[0]).start();
        int end = s.token(range[1]).end();
        Link link = actorOf(s, head, range);
        return new Found(new Speaker(CodePoints.substring(text, start, end), start, end, link.actor), link.how);
    }

    private record Link(String actor, String how) {
    }

    /** The actor of the phrase: a mention covering its head, else a pronoun's or description's antecedent, else one inside it. */
    private Link actorOf(Sentence s, int head, int[] range) {
        ResolvedMention inside = null;
        for (ResolvedMention m : mentions.get(s.index())) {
            if (m.first() <= head && head <= m.last()) {
                return new Link(m.actorId(), "the speaker's own words name the actor");
            }
            if (inside == null && m.first() >= range[0] && m.last() <= range[1]) {
                inside = m;
            }
        }
        Token h = s.token(head);
        String word = h.text().toLowerCase(Locale.ROOT);
        if (h.pos().startsWith("PRP")) {
            return pronoun(s, h, word);
        }
        if (isDescription(s, h)) {
            Link described = description(s, h);
            if (described.actor != null || inside == null || formerly(s, h)) {
                return described; // a former office holder is no longer the office's actor
            }
        }
        if (inside != null) {
            return new Link(inside.actorId(), "an actor named inside the speaker's phrase");
        }
        return new Link(null, "no actor for the speaker");
    }

    private Link pronoun(Sentence s, Token pronoun, String word) {
        boolean collective = COLLECTIVE.contains(word);
        String gender = FEMALE.contains(word) ? "female" : MALE.contains(word) ? "male" : null;
        if (!collective && gender == null) {
            return new Link(null, "pronoun '" + pronoun.text() + "' left unresolved");
        }
        for (int k = s.index(); k >= Math.max(0, s.index() - LOOK_BACK); k--) {
            List<ResolvedMention> inSentence = mentions.get(k);
            for (int i = inSentence.size() - 1; i >= 0; i--) {
                ResolvedMention m = inSentence.get(i);
                if (k == s.index() && m.last() >= pronoun.index()) {
                    continue; // not before the pronoun
                }
                String mentionGender = personGender.get(m);
                boolean person = mentionGender != null;
                if (collective ? !person : person && (mentionGender.isEmpty() || mentionGender.equals(gender))) {
                    String rule = collective ? "the last actor named that is not one person"
                            : "the last person named whose first name is not of another gender";
                    return new Link(m.actorId(), "pronoun '" + pronoun.text() + "': " + rule + ", " + names.get(m.actorId()));
                }
            }
        }
        return new Link(null, "pronoun '" + pronoun.text() + "': no fitting actor in the last " + LOOK_BACK + " sentences");
    }

    /** "the former attorney general": a common noun with "the", not itself an actor's mention. */
    private static boolean isDescription(Sentence s, Token head) {
        return head.isNoun() && !head.isProperNoun() && !head.pos().equals("NNS") && s.children(head.index()).stream()
                .anyMatch(c -> c.deprel().equals("det") && c.text().equalsIgnoreCase("the"));
    }

    private static boolean formerly(Sentence s, Token head) {
        return s.children(head.index()).stream().anyMatch(c -> c.text().equalsIgnoreCase("former"));
    }

    /** The person an earlier apposition with the same head noun described: "Kamala Harris, the former ... general". */
    private Link description(Sentence s, Token head) {
        String noun = head.lemma().toLowerCase(Locale.ROOT);
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - DESCRIPTION_LOOK_BACK); k--) {
            Sentence earlier = sentences.get(k);
            for (Token t : earlier.tokens()) {
                if (!t.lemma().toLowerCase(Locale.ROOT).equals(noun) || !t.deprel().equals("appos") || t.head() < 0) {
                    continue;
                }
                String actor = personAt(k, t.head());
                if (actor != null) {
                    return new Link(actor, "description '" + noun + "': the person it stood beside earlier, " + names.get(actor));
                }
            }
        }
        return new Link(null, "description '" + noun + "': no earlier person described so");
    }

    private String personAt(int sentence, int token) {
        for (ResolvedMention m : mentions.get(sentence)) {
            if (m.first() <= token && token <= m.last() && personGender.containsKey(m)) {
                return m.actorId();
            }
        }
        return null;
    }
}
