package org.newsift.events;

import org.newsift.actors.Resolution;
import org.newsift.actors.ResolvedMention;
import org.newsift.model.Actor;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actor behind an argument token: the actor mention that covers it, else one inside its
 * phrase ("leaders of Pakistan"), else, for pronouns and definite references ("it", "they", "the
 * group"), the nearest earlier mention of a fitting actor. Cheap, article-local coreference.
 */
final class MentionIndex {
    private static final Set<String> CLAUSE_EDGES = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp",
            "parataxis", "csubj", "conj", "punct");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> COLLECTIVE = Set.of("it", "they", "them", "its", "their");
    private static final Set<String> ARMED_SECTORS = Set.of("INS", "REB", "UAF", "SEP");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
            "militia", "outfit", "faction", "insurgency");

    private final Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
    private final List<ResolvedMention> inOrder;
    private final Map<String, Actor> actors = new HashMap<>();

    MentionIndex(Resolution resolution) {
        inOrder = resolution.mentions();
        for (ResolvedMention m : inOrder) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        resolution.actors().forEach(a -> actors.put(a.id(), a));
    }

    Actor actor(String id) {
        return actors.get(id);
    }

    /** The mention an argument token stands for, or null when no actor can be found for it. */
    ResolvedMention find(Sentence s, int token) {
        ResolvedMention direct = covering(s.index(), token);
        if (direct != null) {
            return direct;
        }
        ResolvedMention inside = insidePhrase(s, token);
        if (inside != null) {
            return inside;
        }
        return antecedent(s, s.token(token));
    }

    private ResolvedMention covering(int sentence, int token) {
        for (ResolvedMention m : bySentence.getOrDefault(sentence, List.of())) {
            if (token >= m.first() && token <= m.last()) {
                return m;
            }
        }
        return null;
    }

    /** A mention in the argument's own phrase, not across a clause boundary. */
    private ResolvedMention insidePhrase(Sentence s, int token) {
        for (Token child : s.children(token)) {
            if (CLAUSE_EDGES.contains(child.deprel())) {
                continue;
            }
            ResolvedMention m = covering(s.index(), child.index());
            if (m == null) {
                m = insidePhrase(s, child.index());
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The nearest earlier coded mention that a pronoun or a definite "the group" can refer to. It does
     * not tell people from organisations, which is why it stops at the nearest candidate.
     */
    private ResolvedMention antecedent(Sentence s, Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        boolean personal = PERSONAL.contains(word);
        boolean collective = COLLECTIVE.contains(word);
        boolean group = t.isNoun() && GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && hasDefiniteDeterminer(s, t);
        if (!personal && !collective && !group) {
            return null;
        }
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            ResolvedMention m = inOrder.get(i);
            boolean before = m.sentence() < s.index() || (m.sentence() == s.index() && m.last() < t.index());
            Actor a = actors.get(m.actorId());
            if (!before || a == null || a.code() == null) {
                continue;
            }
            if (!group || (a.sector() != null && ARMED_SECTORS.contains(a.sector()))) {
                return m;
            }
        }
        return null;
    }

    private static boolean hasDefiniteDeterminer(Sentence s, Token t) {
        return s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("det") && c.text().equalsIgnoreCase("the"));
    }
}
