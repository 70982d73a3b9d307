package org.newsift.actors;

import org.newsift.model.Actor;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects mentions into actors for one document. Actors coded from places and roles are keyed by code, so
 * "Islamabad", "the Pakistani government" and "Pakistan's foreign minister" become one PAKGOV actor; people and
 * organisations that the lexicon names, and uncoded ones, are keyed by their name. Ids follow first mention: A1, A2, ...
 */
final class ActorRegistry {
    private final String text;
    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final Map<String, Draft> byId = new HashMap<>();
    private final Map<String, String> personSurnames = new HashMap<>();
    private final Map<String, LexiconEntry> lexiconPeopleBySurname = new HashMap<>();
    private final List<ResolvedMention> mentions = new ArrayList<>();
    /** The recorded mentions' furthest end by start, and the longest mention: what {@link #covered} looks up. */
    private final TreeMap<Integer, Integer> mentionEnds = new TreeMap<>();
    private int longestMention;

    private static final class Draft {
        final String id;
        final Identity identity;
        final Set<TextSpan> spans = new LinkedHashSet<>();

        Draft(String id, Identity identity) {
            this.id = id;
            this.identity = identity;
        }
    }

    /**
     * A coded or uncoded identity, before it gets an id. A person or organisation the lexicon names stays one actor
     * of its own, keyed by name, so that Trump and Clinton (both USAELI in 2016), or the Republican Party and the
     * Democratic National Committee (both USAPTY), can be source and target of one event, and a reader never sees
     * one actor's name over another's mentions.
     */
    record Identity(String name, String code, String country, String sector, boolean named) {
        Identity(String name, String code, String country, String sector) {
            this(name, code, country, sector, false);
        }

        String key() {
            return code != null && !named ? "code:" + code : "name:" + name.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Sentence> sentences;

    ActorRegistry(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** Records a mention spanning code points {@code start..end} and returns its actor id. */
    String add(Identity identity, int start, int end, int sentence, int first, int last, int head) {
        Draft d = byKey.computeIfAbsent(identity.key(), k -> new Draft("A" + (byKey.size() + 1), identity));
        byId.put(d.id, d);
        d.spans.add(new TextSpan(start, end, CodePoints.substring(text, start, end)));
        mentions.add(new ResolvedMention(sentence, first, last, head, d.id));
        mentionEnds.merge(start, end, Math::max);
        longestMention = Math.max(longestMention, end - start);
        return d.id;
    }

    /** Remembers that a surname refers to the actor with this identity, for later bare mentions. */
    void rememberSurname(String surname, Identity identity) {
        personSurnames.putIfAbsent(ActorLexicon.normalize(surname), identity.key());
    }

    /** The identity a surname was registered with, or null. */
    Identity identityOfSurname(String surname) {
        String key = personSurnames.get(ActorLexicon.normalize(surname));
        if (key == null) {
            return null;
        }
        return byKey.get(key).identity;
    }

    /** Remembers a lexicon person named in full, so that their bare surnames later mean them. */
    void rememberPerson(LexiconEntry row, List<String> surnames) {
        surnames.forEach(s -> lexiconPeopleBySurname.putIfAbsent(ActorLexicon.normalize(s), row));
    }

    /** The first lexicon person named in full so far whose surname this is, or null. */
    LexiconEntry personWithSurname(String surname) {
        return lexiconPeopleBySurname.get(ActorLexicon.normalize(surname));
    }

    /**
     * The country of the most salient mention before a token, within the last two sentences: the nearest
     * main-clause subject, else the nearest other subject (subjects are what a text is about), else the nearest;
     * null when none has a country.
     */
    String salientCountryBefore(int sentence, int token) {
        String best = null;
        int bestRank = -1;
        for (int i = mentions.size() - 1; i >= 0 && bestRank < 2; i--) {
            ResolvedMention m = mentions.get(i);
            if (m.sentence() < sentence - 2) {
                break;
            }
            String country = byId.get(m.actorId()).identity.country();
            int rank = m.salience(sentences);
            if ((m.sentence() < sentence || m.last() < token) && country != null && rank > bestRank) {
                best = country;
                bestRank = rank;
            }
        }
        return best;
    }

    /** True when some recorded mention overlaps code points {@code start..end}. */
    boolean covered(int start, int end) {
        // a mention that ends after start began less than the longest mention's length before it
        return mentionEnds.subMap(start - longestMention, false, end, false).values().stream().anyMatch(e -> e > start);
    }

    Resolution build() {
        List<Actor> actors = new ArrayList<>();
        for (Draft d : byKey.values()) {
            List<TextSpan> spans = new ArrayList<>(d.spans);
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            Identity i = d.identity;
            actors.add(new Actor(d.id, i.name(), i.code(), i.country(), i.sector(), spans));
        }
        return new Resolution(actors, mentions);
    }
}
