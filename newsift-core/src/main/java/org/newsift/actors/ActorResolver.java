package org.newsift.actors;

import org.newsift.actors.ActorRegistry.Identity;
import org.newsift.nlp.EntityMention;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and codes the actors of a document. Lexicon matches are grouped into nominal phrases along
 * the dependency tree, and each phrase is coded by combining its parts: an organisation's own code
 * wins ("Taliban spokesman Zabihullah Mujahid" = the Taliban); otherwise a country and a role noun
 * combine into country + sector ("Pakistan's foreign minister" = PAKGOV); a capital that acts
 * ("Islamabad said") is its government, while a capital after "in", "at"... is only a place.
 * People and organisations that the lexicon does not know are kept uncoded, and a surname seen with
 * a coded title ("Foreign Minister Ishaq Dar") resolves its later bare mentions ("Dar said").
 * Stateless apart from its immutable lexicon, so one instance serves all threads.
 */
public final class ActorResolver {
    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param published the article's date, which picks date-restricted codes; may be null */
    public Resolution resolve(String text, NlpResult nlp, LocalDate published) {
        ActorRegistry registry = new ActorRegistry(text);
        for (Sentence s : nlp.sentences()) {
            for (Map.Entry<Integer, List<LexiconMatch>> phrase : phrases(s).entrySet()) {
                codePhrase(s, phrase.getKey(), phrase.getValue(), published, registry);
            }
        }
        for (EntityMention e : nlp.entities()) {
            if ((e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) && !registry.covered(e.start(), e.end())) {
                addUncoded(nlp.sentences().get(e.sentence()), e, registry);
            }
        }
        return registry.build();
    }

    /** Lexicon matches of a sentence, grouped by the head of the nominal phrase they sit in. */
    private Map<Integer, List<LexiconMatch>> phrases(Sentence s) {
        Map<Integer, List<LexiconMatch>> byHead = new LinkedHashMap<>();
        for (LexiconMatch m : lexicon.match(s)) {
            int head = NominalPhrases.phraseHead(s, NominalPhrases.spanHead(s, m.first(), m.last()));
            byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(m);
        }
        return byHead;
    }

    private void codePhrase(Sentence s, int head, List<LexiconMatch> matches, LocalDate date, ActorRegistry registry) {
        PhraseParts parts = PhraseParts.of(matches, head);
        if (!parts.hasRole() && parts.named().size() > 1) {
            // "Pakistan, Afghanistan" parsed as apposition: several names and no role are several actors.
            for (LexiconMatch m : parts.named()) {
                codePhrase(s, head, List.of(m), date, registry);
            }
            return;
        }
        Identity identity = identify(s, head, parts, date);
        if (identity == null) {
            return;
        }
        int first = parts.firstToken();
        int last = parts.lastToken();
        if (parts.hasRole() || parts.coversHead()) {
            first = Math.min(first, head);
            last = Math.max(last, head);
            int[] person = personSpan(s, head);
            if (person != null) {
                first = Math.min(first, person[0]);
                last = Math.max(last, person[1]);
                registry.rememberSurname(s.token(person[1]).text(), identity);
            }
        }
        registry.add(identity, s.token(first).start(), s.token(last).end(), s.index(), first, last, head);
    }

    private Identity identify(Sentence s, int head, PhraseParts parts, LocalDate date) {
        LexiconEntry org = parts.organisation();
        if (org != null) {
            return new Identity(org.name(), org.codeOn(date), org.country(), org.sector());
        }
        String sector = parts.sector();
        LexiconEntry place = parts.place();
        if (place == null) {
            return sector == null ? null
                    : new Identity(Sectors.name(sector) + " (country unknown)", Codes.combine(null, sector), null,
                    Codes.bareSector(sector));
        }
        String country = place.kind() == EntryKind.COUNTRY ? place.code() : place.country();
        if (place.kind() == EntryKind.CAPITAL && sector == null && parts.coversHead()) {
            if (NominalPhrases.isLocative(s, head)) {
                return null; // "talks in Islamabad": a place, not an actor
            }
            sector = place.sector() != null ? place.sector() : "GOV";
        }
        if (country == null) {
            country = place.code();
        }
        LexiconEntry countryEntry = lexicon.country(country);
        String countryName = countryEntry != null ? countryEntry.name() : place.name();
        if (sector == null) {
            return new Identity(countryName, country, country, null);
        }
        return new Identity(countryName + " " + Sectors.name(Codes.bareSector(sector)), Codes.combine(country, sector),
                country, Codes.bareSector(sector));
    }

    /** The PERSON entity tokens around the phrase head, as [first, last], or null. */
    private static int[] personSpan(Sentence s, int head) {
        if (!"PERSON".equals(s.token(head).ner())) {
            return null;
        }
        int first = head;
        int last = head;
        while (first > 0 && "PERSON".equals(s.token(first - 1).ner())) {
            first--;
        }
        while (last + 1 < s.tokens().size() && "PERSON".equals(s.token(last + 1).ner())) {
            last++;
        }
        return new int[]{first, last};
    }

    private static void addUncoded(Sentence s, EntityMention e, ActorRegistry registry) {
        Token lastToken = s.token(e.lastToken());
        Identity known = e.type().equals("PERSON") ? registry.identityOfSurname(lastToken.text()) : null;
        Identity identity = known != null ? known : new Identity(e.text(), null, null, null);
        if (e.type().equals("PERSON")) {
            registry.rememberSurname(lastToken.text(), identity);
        }
        int head = NominalPhrases.spanHead(s, e.firstToken(), e.lastToken());
        registry.add(identity, e.start(), e.end(), s.index(), e.firstToken(), e.lastToken(), head);
    }
}
