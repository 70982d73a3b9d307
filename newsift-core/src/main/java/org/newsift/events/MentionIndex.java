package org.newsift.events;

import org.newsift.actors.Resolution;
import org.newsift.actors.ResolvedMention;
import org.newsift.geo.Gazetteer;
import org.newsift.model.Actor;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actor behind an argument token: the actor mention that covers it, else one inside its
 * phrase ("Pakistani and Afghan delegations", "leaders of Pakistan", "resumption of ties with Gondor";
 * for a target also a place, as CAMEO codes "an attack on a village in Ithilen" against Ithilen, but
 * an agent is not where it is: "the gym in Miami" acts for nobody), else, for pronouns and definite references ("it", "they", "the group"), the
 * nearest earlier mention of a fitting actor. Cheap, article-local coreference.
 */
final class MentionIndex {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> COLLECTIVE = Set.of("it", "they", "them", "its", "their");
    private static final Set<String> PAIR_NOUNS = Set.of("side", "country", "government", "party", "nation",
            "neighbour", "neighbor", "state", "rival", "capital", "leader");
    private static final Set<String> ARMED_SECTORS = Set.of("INS", "REB", "UAF", "SEP");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
            "militia", "outfit", "faction", "insurgency");
    /** Nominal modifiers inside an argument's phrase that may name its actor. */
    private static final Set<String> PHRASE_EDGES = Set.of("amod", "compound", "nmod:poss", "appos", "nmod");
    /** Prepositions that place or time a thing: they name no agent ("the gym in Miami reopened"). */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside", "across",
            "around", "within", "throughout", "during", "since", "until", "after", "before");

    /** What an argument is to its predicate: the agent (source) or the one acted on (target). */
    enum Role { AGENT, PATIENT }
    /** Nouns that stand for their possessor ("its delegation", "his country"); "his account", "its gym" do not. */
    private static final Set<String> POSSESSED_ACTORS = Set.of("country", "nation", "state", "side", "people",
            "delegation", "team", "ally", "neighbour", "neighbor", "counterpart", "representative", "negotiator",
            "leadership", "camp", "partner", "government", "force");
    /** Named-entity classes of people (CoreNLP tags "minister", "president" TITLE). */
    private static final Set<String> PERSON_NER = Set.of("PERSON", "TITLE");

    private final Map<Integer, List<ResolvedMention>> bySentence = new HashMap<>();
    private final List<ResolvedMention> inOrder;
    /** Each mention's place in {@link #inOrder}. */
    private final Map<ResolvedMention, Integer> position = new IdentityHashMap<>();
    private final Map<String, Actor> actors = new HashMap<>();

    private final List<Sentence> sentences;
    private final Gazetteer places;

    /** @param places place names, which are no people whatever the tagger says */
    MentionIndex(Resolution resolution, List<Sentence> sentences, Gazetteer places) {
        this.sentences = sentences;
        this.places = places;
        inOrder = resolution.mentions();
        for (ResolvedMention m : inOrder) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            position.putIfAbsent(m, position.size());
        }
        resolution.actors().forEach(a -> actors.put(a.id(), a));
    }

    Actor actor(String id) {
        return actors.get(id);
    }

    /** The article's actor that is the country itself (code = ISO code), or null. */
    Actor countryActor(String iso) {
        return actors.values().stream().filter(a -> iso.equals(a.code())).findFirst().orElse(null);
    }

    /**
     * How a pronoun or "the group" finds its actor, in words for the explanation; null for other words.
     */
    static String referenceRule(Sentence s, Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(word) || COLLECTIVE.contains(word) || isGroupNoun(s, t)) {
            return switch (Reference.of(s, t)) {
                case PERSON -> "nearest earlier person, subjects first";
                case SINGULAR -> "nearest earlier organisation, country or group, subjects first";
                case PLURAL -> "nearest earlier group, organisation, country or plural, subjects first";
                case ARMED_GROUP -> "nearest earlier armed group, subjects first";
                case NONE -> null;
            };
        }
        return null;
    }

    /** What a referring word can stand for. */
    private enum Reference {
        PERSON, SINGULAR, PLURAL, ARMED_GROUP, NONE;

        static Reference of(Sentence s, Token t) {
            String word = t.text().toLowerCase(Locale.ROOT);
            if (PERSONAL.contains(word)) {
                return PERSON;
            }
            if (word.equals("it") || word.equals("its")) {
                return SINGULAR;
            }
            if (COLLECTIVE.contains(word)) {
                return PLURAL;
            }
            return isGroupNoun(s, t) ? ARMED_GROUP : NONE;
        }

        /** Whether the actor can be what the word refers to: "it" is no person, "they" no single person, "he" a person. */
        boolean fits(Actor a, boolean person, boolean singular) {
            return switch (this) {
                case PERSON -> person;
                case SINGULAR -> !person;
                case PLURAL -> !(person && singular);
                case ARMED_GROUP -> a.sector() != null && ARMED_SECTORS.contains(a.sector());
                case NONE -> false;
            };
        }
    }

    /**
     * Tagged a person or a title by CoreNLP, and neither a country nor a place name: the tagger makes
     * people of unfamiliar countries ("Arnor") and of capitals that are also surnames ("Washington").
     */
    private boolean isPerson(Token head, Actor a) {
        return PERSON_NER.contains(head.ner()) && !(a.code() != null && a.code().equals(a.country()))
                && places.lookup(head.text()) == null;
    }

    private static boolean isGroupNoun(Sentence s, Token t) {
        return t.isNoun() && GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && hasDefiniteDeterminer(s, t);
    }

    /**
     * The mentions an argument token stands for: usually one; two for "both sides", "the two
     * countries"; none when no actor can be found.
     */
    List<ResolvedMention> findAll(Sentence s, int token, Role role) {
        Token t = s.token(token);
        if (t.pos().equals("NNS") && PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && namesAPair(s, t)) {
            return mainPair(s.index());
        }
        return find(s, token, role);
    }

    private static boolean namesAPair(Sentence s, Token t) {
        return s.children(t.index()).stream().anyMatch(c -> c.text().equalsIgnoreCase("both")
                || c.text().equalsIgnoreCase("two"));
    }

    /**
     * The two sides an article is about: the two countries with the most coded mentions so far, each
     * represented by its most-mentioned actor (first mentioned on a tie).
     */
    private List<ResolvedMention> mainPair(int uptoSentence) {
        Map<String, Map<String, Integer>> byCountry = new LinkedHashMap<>();
        Map<String, ResolvedMention> firstMention = new HashMap<>();
        for (ResolvedMention m : inOrder) {
            Actor a = actors.get(m.actorId());
            if (m.sentence() > uptoSentence || a == null || a.country() == null) {
                continue;
            }
            byCountry.computeIfAbsent(a.country(), k -> new LinkedHashMap<>()).merge(a.id(), 1, Integer::sum);
            firstMention.putIfAbsent(a.id(), m);
        }
        List<Map.Entry<String, Map<String, Integer>>> sides = new ArrayList<>(byCountry.entrySet());
        sides.sort((x, y) -> Integer.compare(total(y.getValue()), total(x.getValue())));
        List<ResolvedMention> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, sides.size()); i++) {
            String best = null;
            for (Map.Entry<String, Integer> e : sides.get(i).getValue().entrySet()) {
                if (best == null || e.getValue() > sides.get(i).getValue().get(best)) {
                    best = e.getKey();
                }
            }
            out.add(firstMention.get(best));
        }
        return out.size() == 2 ? out : List.of();
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The mentions an argument token stands for, found directly, through a relative pronoun, inside its phrase or by coreference. */
    private List<ResolvedMention> find(Sentence s, int token, Role role) {
        ResolvedMention direct = covering(s.index(), token);
        if (direct == null) {
            direct = relativeAntecedent(s, s.token(token));
        }
        if (direct != null) {
            return List.of(direct);
        }
        List<ResolvedMention> inside = new ArrayList<>();
        collectInsidePhrase(s, token, role, inside);
        if (!inside.isEmpty()) {
            return inside;
        }
        ResolvedMention antecedent = antecedent(s, s.token(token));
        return antecedent == null ? List.of() : List.of(antecedent);
    }

    /**
     * "the TTP, which it blames": a relative pronoun stands for the noun its clause modifies.
     */
    private ResolvedMention relativeAntecedent(Sentence s, Token t) {
        if (!(t.pos().equals("WDT") || t.pos().equals("WP")) || t.head() < 0) {
            return null;
        }
        Token clause = s.token(t.head());
        if (!clause.deprel().startsWith("acl") || clause.head() < 0) {
            return null;
        }
        return covering(s.index(), clause.head());
    }

    private ResolvedMention covering(int sentence, int token) {
        for (ResolvedMention m : bySentence.getOrDefault(sentence, List.of())) {
            if (token >= m.first() && token <= m.last()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Every mention in the argument's own phrase ("Pakistani and Afghan delegations" gives both), not
     * across a clause boundary (only nominal modifiers are followed), and for an agent not through a
     * place or time ("the gym in Miami").
     */
    private void collectInsidePhrase(Sentence s, int token, Role role, List<ResolvedMention> into) {
        for (Token child : s.children(token)) {
            boolean place = child.deprel().equals("nmod") && PLACE_CASES.contains(s.caseMarker(child));
            if (!PHRASE_EDGES.contains(child.deprel()) || (place && role == Role.AGENT)) {
                continue;
            }
            ResolvedMention m = covering(s.index(), child.index());
            if (m == null && child.deprel().equals("nmod:poss")
                    && POSSESSED_ACTORS.contains(s.token(token).lemma().toLowerCase(Locale.ROOT))) {
                m = antecedent(s, child); // "his country", "its delegation"
            }
            if (m != null) {
                if (!into.contains(m)) {
                    into.add(m);
                }
            } else {
                collectInsidePhrase(s, child.index(), role, into);
            }
        }
    }

    /**
     * The coded mention that a pronoun or a definite "the group" refers to, within the last two
     * sentences: the nearest earlier main-clause subject, else the nearest other subject, else the
     * nearest mention (subjects are what a text keeps talking about), among the mentions that fit the
     * word: "it" no person, "they" no single person, "he"/"she" a person (see {@link #isPerson}; CoreNLP
     * tags "the minister" TITLE), "the group" an armed group.
     */
    private ResolvedMention antecedent(Sentence s, Token t) {
        Reference reference = Reference.of(s, t);
        if (reference == Reference.NONE) {
            return null;
        }
        ResolvedMention best = null;
        int bestRank = -1;
        for (ResolvedMention m : latestFirst(s.index() - 2, s.index())) {
            if (bestRank >= 2) {
                break;
            }
            boolean before = m.sentence() < s.index() || m.last() < t.index();
            Actor a = actors.get(m.actorId());
            if (!before || a == null || a.code() == null) {
                continue;
            }
            Token head = sentences.get(m.sentence()).token(m.head());
            if (reference.fits(a, isPerson(head, a), !head.pos().endsWith("S"))) {
                int rank = m.salience(sentences);
                if (rank > bestRank) {
                    best = m;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /**
     * The mentions of sentences {@code from..to}, the last recorded first: what a look back reads, without the
     * rest of the article.
     */
    private List<ResolvedMention> latestFirst(int from, int to) {
        List<ResolvedMention> out = new ArrayList<>();
        for (int k = Math.max(0, from); k <= to; k++) {
            out.addAll(bySentence.getOrDefault(k, List.of()));
        }
        out.sort(Comparator.comparingInt((ResolvedMention m) -> position.get(m)).reversed());
        return out;
    }

    private static boolean hasDefiniteDeterminer(Sentence s, Token t) {
        return s.children(t.index()).stream().anyMatch(c -> c.deprel().equals("det") && c.text().equalsIgnoreCase("the"));
    }
}
