package org.newsift.actors;

import org.newsift.actors.ActorRegistry.Identity;
import org.newsift.nlp.EntityMention;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds and codes the actors of a document. Lexicon matches are grouped into nominal phrases along
 * the dependency tree, and each phrase is coded by combining its parts: an organisation's own code
 * wins ("Taliban spokesman Zabihullah Mujahid" = the Taliban); otherwise a country and a role noun
 * combine into country + sector ("Pakistan's foreign minister" = PAKGOV); a capital that acts
 * ("Islamabad said") is its government, while a capital after "in", "at"... is only a place.
 * People of the lexicon are coded by the row that holds on the article's date, by full name and by bare
 * surname (see {@link #surnames}). People and organisations that the lexicon does not know are kept
 * uncoded, and a surname seen with a coded title ("Foreign Minister Ishaq Dar") resolves its later bare
 * mentions ("Dar said").
 * Stateless apart from its immutable lexicon, so one instance serves all threads.
 */
public final class ActorResolver {
    /** Words before a bare surname that make it a person's name even where the NER missed it ("Prime Minister May"). */
    private static final Set<String> TITLES = Set.of("president", "mr", "mrs", "ms", "minister", "premier",
            "chancellor", "secretary", "sen", "senator", "rep", "speaker", "king", "queen", "prince", "emir", "sheikh",
            "ayatollah", "general", "gen", "leader", "dr");

    private final ActorLexicon lexicon;

    public ActorResolver(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param published the article's date, which picks date-restricted codes; may be null */
    public Resolution resolve(String text, NlpResult nlp, LocalDate published) {
        ActorRegistry registry = new ActorRegistry(text, nlp.sentences());
        FullNames fullNames = FullNames.of(nlp);
        for (Sentence s : nlp.sentences()) {
            for (Map.Entry<Integer, List<LexiconMatch>> phrase : phrases(s, fullNames, published, registry).entrySet()) {
                codePhrase(s, phrase.getKey(), phrase.getValue(), published, registry);
            }
        }
        for (EntityMention e : nlp.entities()) {
            if ((e.type().equals("PERSON") || e.type().equals("ORGANIZATION")) && !registry.covered(e.start(), e.end())
                    && !isPronoun(nlp.sentences().get(e.sentence()), e)) {
                addUncoded(nlp.sentences().get(e.sentence()), e, registry);
            }
        }
        return registry.build();
    }

    /**
     * Lexicon matches of a sentence, people's bare surnames included, grouped by the head of the nominal
     * phrase they sit in.
     */
    private Map<Integer, List<LexiconMatch>> phrases(Sentence s, FullNames fullNames, LocalDate date,
                                                     ActorRegistry registry) {
        List<LexiconMatch> matches = new ArrayList<>();
        for (LexiconMatch m : lexicon.match(s, date)) {
            if (isOnlyAPlace(s, m) || isPartOfALongerName(s, m)) {
                continue;
            }
            matches.add(m);
            if (m.entry().periodsOnly()) {
                registry.rememberPerson(m.entry(), lexicon.surnames(m.entry()));
            }
        }
        matches.addAll(surnames(s, fullNames, date, registry, matches));
        matches.sort(Comparator.comparingInt(LexiconMatch::first));
        Map<Integer, List<LexiconMatch>> byHead = new LinkedHashMap<>();
        for (LexiconMatch m : matches) {
            int head = NominalPhrases.phraseHead(s, NominalPhrases.spanHead(s, m.first(), m.last()));
            byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(m);
        }
        return byHead;
    }

    /**
     * Bare surnames of lexicon people ("Trump", "President Putin", "Mr. Xi"). A surname counts where the NER
     * tags it alone as a person, or where a title stands before it; also where the NER tags it alone as an
     * organisation ("the Trump campaign") once the person was named in full. It means the person of that
     * surname named in full earlier in the article; failing that, nobody if someone else of that surname was
     * named in full before ("Melania Trump"); failing that, the one person of that surname in the lexicon on
     * that date ({@link People#on}). A place the surname overlaps gives way ("Clinton" is also a town).
     */
    private List<LexiconMatch> surnames(Sentence s, FullNames fullNames, LocalDate date, ActorRegistry registry,
                                        List<LexiconMatch> matches) {
        List<LexiconMatch> out = new ArrayList<>();
        for (ActorLexicon.SurnameMatch m : lexicon.matchSurnames(s)) {
            List<LexiconMatch> overlapped = matches.stream()
                    .filter(x -> x.first() <= m.last() && m.first() <= x.last()).toList();
            LexiconEntry named = registry.personWithSurname(m.surname());
            boolean personsName = (isTaggedPerson(s, m.first(), m.last()) || isTitled(s, m.first()))
                    && !extendsBeyond(s, m.first(), m.last());
            boolean organisationOfANamedPerson = named != null && isTaggedAlone(s, m.first(), m.last(), "ORGANIZATION");
            if (!(personsName || organisationOfANamedPerson) || overlapped.stream().anyMatch(x -> !isPlace(x.entry().kind()))) {
                continue;
            }
            LexiconEntry row = named;
            if (row == null && !fullNames.namedBefore(ActorLexicon.normalize(s.token(m.last()).text()), s.index(), m.first())) {
                row = People.on(m.people(), date);
            }
            if (row != null) {
                matches.removeAll(overlapped);
                out.add(new LexiconMatch(row, m.first(), m.last()));
            }
        }
        return out;
    }

    /**
     * Where each surname first ends a full name that the NER tags as a person ("Melania Trump"), found once per
     * document: a person not in the lexicon, named in full before a bare surname, may be the one it means.
     */
    private record FullNames(Map<String, EntityMention> firstBySurname) {
        static FullNames of(NlpResult nlp) {
            Map<String, EntityMention> first = new HashMap<>();
            for (EntityMention e : nlp.entities()) {
                if (e.type().equals("PERSON") && e.lastToken() > e.firstToken()) {
                    String surname = ActorLexicon.normalize(nlp.sentences().get(e.sentence()).token(e.lastToken()).text());
                    first.merge(surname, e, (a, b) -> endsBefore(b, a.sentence(), a.lastToken()) ? b : a);
                }
            }
            return new FullNames(first);
        }

        /** True when a full name with this (normalised) surname ends before the token of the sentence. */
        boolean namedBefore(String surname, int sentence, int token) {
            EntityMention e = firstBySurname.get(surname);
            return e != null && endsBefore(e, sentence, token);
        }

        private static boolean endsBefore(EntityMention e, int sentence, int token) {
            return e.sentence() < sentence || (e.sentence() == sentence && e.lastToken() < token);
        }
    }

    /**
     * A place or person match inside a longer name that the NER tags as a person is part of someone else's
     * name: "Jordan" in "Jordan Peterson" is no country, "Donald Trump" in "Donald Trump Jr." not his father.
     * Only people rows are held to this: TABARI dictionaries list people by part of their name on purpose.
     */
    private static boolean isPartOfALongerName(Sentence s, LexiconMatch m) {
        return (isPlace(m.entry().kind()) || m.entry().periodsOnly()) && isTaggedPerson(s, m.first(), m.last())
                && extendsBeyond(s, m.first(), m.last());
    }

    private static boolean isPlace(EntryKind k) {
        return k == EntryKind.COUNTRY || k == EntryKind.DEMONYM || k == EntryKind.CAPITAL || k == EntryKind.CITY;
    }

    private static boolean isTaggedPerson(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!"PERSON".equals(s.token(i).ner())) {
                return false;
            }
        }
        return true;
    }

    /** True when the NER tags exactly the span, and no token next to it, with {@code type}. */
    private static boolean isTaggedAlone(Sentence s, int first, int last, String type) {
        for (int i = first - 1; i <= last + 1; i++) {
            boolean inside = i >= first && i <= last;
            boolean tagged = i >= 0 && i < s.tokens().size() && type.equals(s.token(i).ner());
            if (inside != tagged) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a proper noun next to the span, other than a title, is tagged as part of a person's name (the
     * NER also tags a sentence-initial "An" in "An Eriadorian was shot", which extends no name).
     */
    private static boolean extendsBeyond(Sentence s, int first, int last) {
        boolean before = first > 0 && isNamePart(s.token(first - 1)) && !isTitled(s, first);
        boolean after = last + 1 < s.tokens().size() && isNamePart(s.token(last + 1));
        return before || after;
    }

    private static boolean isNamePart(Token t) {
        return "PERSON".equals(t.ner()) && t.pos().startsWith("NNP");
    }

    /** True when the token before {@code i} is a title ("President", "Mr.", "Sen."). */
    private static boolean isTitled(Sentence s, int i) {
        return i > 0 && TITLES.contains(ActorLexicon.normalize(s.token(i - 1).text()).replaceAll("\\.$", ""));
    }

    private void codePhrase(Sentence s, int head, List<LexiconMatch> all, LocalDate date, ActorRegistry registry) {
        List<LexiconMatch> matches = all.stream().filter(m -> isPlace(m.entry().kind()) || !formerly(s, m)).toList();
        if (matches.isEmpty()) {
            return;
        }
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
        int possessor = possessivePronoun(s, head);
        if (identity.country() == null && identity.sector() != null && possessor >= 0) {
            identity = possessorsRole(identity, registry.salientCountryBefore(s.index(), head));
            first = Math.min(first, possessor);
        }
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
        addAppositivePeople(s, head, identity, registry);
    }

    /**
     * "the former California attorney general": a role its holder has left speaks for nobody's organisation.
     * Looks up to three words back, past the place or office words between.
     */
    private static boolean formerly(Sentence s, LexiconMatch m) {
        for (int i = m.first() - 1; i >= Math.max(0, m.first() - 3); i--) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("ex") || w.equals("ex-")) {
                return true;
            }
            if (s.token(i).deprel().equals("det") || !s.token(i).text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return false;
    }

    /** "Pakistan's defence minister, Khawaja Asif," : the named person is the same actor. */
    private static void addAppositivePeople(Sentence s, int head, Identity identity, ActorRegistry registry) {
        for (Token child : s.children(head)) {
            int[] person = child.deprel().equals("appos") ? personSpan(s, child.index()) : null;
            if (person != null) {
                registry.add(identity, s.token(person[0]).start(), s.token(person[1]).end(), s.index(),
                        person[0], person[1], child.index());
                registry.rememberSurname(s.token(person[1]).text(), identity);
            }
        }
    }

    private Identity identify(Sentence s, int head, PhraseParts parts, LocalDate date) {
        LexiconEntry org = parts.organisation();
        if (org != null) {
            return new Identity(org.name(), org.codeOn(date), org.country(), org.sector(), true);
        }
        String sector = parts.sector();
        LexiconEntry place = parts.place();
        if (place == null) {
            if (!parts.coversHead()) {
                return null; // "military solution", "militant hideouts": the role word only describes a thing
            }
            return sector == null ? null
                    : new Identity(Sectors.name(sector) + " (country unknown)", Codes.combine(null, sector), null,
                    Codes.bareSector(sector));
        }
        String placeCode = place.codeOn(date);
        if (place.kind() == EntryKind.COUNTRY && placeCode.length() > 3) {
            // a dated TABARI entry can code a "country" as an office holder (HOBGOV): keep that code whole
            return new Identity(place.name(), placeCode, placeCode.substring(0, 3), placeCode.substring(3));
        }
        String country = place.kind() == EntryKind.COUNTRY ? placeCode : place.country();
        if (place.kind() == EntryKind.CITY && sector == null && parts.coversHead() && NominalPhrases.isLocative(s, head)) {
            return null; // "clashes in Kandahar": a place, not an actor
        }
        if (place.kind() == EntryKind.CAPITAL && sector == null && actsAsGovernment(s, head, parts)) {
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

    /**
     * A city that is a person's name ("Whitney Houston") or a wire dateline ("CHICAGO, March 3 -") is
     * no actor.
     */
    private static boolean isOnlyAPlace(Sentence s, LexiconMatch m) {
        EntryKind k = m.entry().kind();
        if (k != EntryKind.CITY && k != EntryKind.CAPITAL) {
            return false;
        }
        if (k == EntryKind.CITY && "PERSON".equals(s.token(m.first()).ner())) {
            return true;
        }
        boolean allCaps = true;
        for (int i = m.first(); i <= m.last(); i++) {
            String w = s.token(i).text();
            allCaps &= w.equals(w.toUpperCase(Locale.ROOT)) && w.codePoints().anyMatch(Character::isLetter);
        }
        boolean commaAfter = m.last() + 1 < s.tokens().size() && s.token(m.last() + 1).text().equals(",");
        return allCaps && commaAfter && m.first() <= 2;
    }

    /**
     * A capital stands for its government when it heads its phrase ("Islamabad said") or hangs off
     * another noun by "of", "from" or "for" ("promises from Kabul"), but not as a noun modifier
     * ("Kabul residents").
     */
    private static boolean actsAsGovernment(Sentence s, int head, PhraseParts parts) {
        if (parts.coversHead()) {
            return true;
        }
        LexiconMatch capital = parts.matches().get(0);
        Token t = s.token(NominalPhrases.spanHead(s, capital.first(), capital.last()));
        return parts.matches().size() == 1 && t.deprel().equals("nmod");
    }

    /** The index of "its" or "their" possessing the phrase head, or -1. */
    private static int possessivePronoun(Sentence s, int head) {
        return s.children(head).stream().filter(c -> c.deprel().equals("nmod:poss")
                && Set.of("its", "their").contains(c.text().toLowerCase(Locale.ROOT)))
                .mapToInt(Token::index).findFirst().orElse(-1);
    }

    /** "its security forces" after "Islamabad ...": the role belongs to the country last talked about. */
    private Identity possessorsRole(Identity role, String country) {
        if (country == null) {
            return role;
        }
        LexiconEntry entry = lexicon.country(country);
        String name = (entry != null ? entry.name() : country) + " " + Sectors.name(role.sector());
        return new Identity(name, Codes.combine(country, role.sector()), country, role.sector());
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

    /** CoreNLP tags some pronouns ("his") as PERSON; a pronoun is not a name. */
    private static boolean isPronoun(Sentence s, EntityMention e) {
        for (int i = e.firstToken(); i <= e.lastToken(); i++) {
            if (!s.token(i).pos().startsWith("PRP")) {
                return false;
            }
        }
        return true;
    }

    /** A bare surname, or a name whose every word is in the known person's name ("Hillary Clinton", "Mr. Smith"). */
    private static boolean namesTheSamePerson(Sentence s, EntityMention e, Identity known) {
        Set<String> words = new HashSet<>(Arrays.asList(known.name().toLowerCase(Locale.ROOT).split("[\\s.]+"))); // "J. J. Abrams" repeats a word
        for (int i = e.firstToken(); i < e.lastToken(); i++) {
            String w = s.token(i).text().toLowerCase(Locale.ROOT).replace(".", "");
            if (!words.contains(w) && !isTitled(s, i + 1)) {
                return false;
            }
        }
        return true;
    }

    private static void addUncoded(Sentence s, EntityMention e, ActorRegistry registry) {
        Token lastToken = s.token(e.lastToken());
        Identity known = e.type().equals("PERSON") ? registry.identityOfSurname(lastToken.text()) : null;
        if (known != null && !namesTheSamePerson(s, e, known)) {
            known = null; // "Chelsea Clinton" after "Bill Clinton": another person of that surname
        }
        Identity identity = known != null ? known : new Identity(e.text(), null, null, null);
        if (e.type().equals("PERSON")) {
            registry.rememberSurname(lastToken.text(), identity);
        }
        int head = NominalPhrases.spanHead(s, e.firstToken(), e.lastToken());
        registry.add(identity, e.start(), e.end(), s.index(), e.firstToken(), e.lastToken(), head);
    }
}
