package org.newsift.events;

import org.newsift.actors.ActorLayers;
import org.newsift.actors.ResolvedMention;
import org.newsift.attribution.CueLexicon;
import org.newsift.dates.DateResolver;
import org.newsift.dates.EventDate;
import org.newsift.events.ontology.CameoCode;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.events.patterns.PatternMatch;
import org.newsift.geo.Gazetteer;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.model.Actor;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.SentenceKind;
import org.newsift.model.TextSpan;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.text.CodePoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Codes the events of a document: for each predicate (a verb, or an event noun such as "talks" or
 * "airstrike") that a pattern codes, it finds the source and target actors in the dependency tree,
 * the modality, the place and the date, and explains which pattern fired. Questions yield no events
 * (rhetorical ones included), nor do predicates that assert no act (see {@link #assertsNoAct}), nor
 * force whose only agents cannot wield it (parties, candidates, courts, legislatures, media,
 * business). An event reported in several sentences is listed once, with the other sentences as
 * evidence. Holds only immutable resources, so one instance serves all threads.
 */
public final class EventCoder {
    /** Verbs that only carry an event noun ("hold talks", "launch strikes"): the noun's pattern speaks. */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "launch", "conduct", "carry", "stage", "make",
            "have", "take", "begin", "start", "resume", "continue", "join");

    /** Roots whose target is the one addressed: appeals, demands, accusations, rejections, threats. */
    private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10", "11", "12", "13");
    /** Predicates that two parties do to each other. */
    private static final Set<String> RECIPROCAL = Set.of("talk", "talks", "meet", "meeting", "negotiate",
            "negotiation", "clash", "fight", "agree", "agreement", "truce", "ceasefire", "summit", "deal", "sign");
    /**
     * CAMEO force: force posture (15), assault (18), fight (19), mass violence (20), seizing or destroying
     * property (171) and violent repression (175).
     */
    private static final List<String> FORCE = List.of("15", "18", "19", "20", "171", "175");
    /** Sectors that wield no force: parties, elites and candidates, opposition, courts, legislatures, media, business. */
    private static final Set<String> UNARMED_SECTORS = Set.of("PTY", "ELI", "OPP", "JUD", "LEG", "MED", "BUS");
    /** Making a visit: its target is the host country (CAMEO), named by where the visitor went. */
    private static final String VISIT = "042";

    private final EventPatterns patterns;
    private final EventClassifier classifier;
    private final Ontology ontology;
    private final Gazetteer gazetteer;
    private final DateResolver dates;
    private final CueLexicon cues;
    private final ModalityReader modality;

    public EventCoder(EventPatterns patterns, Ontology ontology, Gazetteer gazetteer, DateResolver dates) {
        this(patterns, EventClassifier.NONE, ontology, gazetteer, dates, CueLexicon.builtIn(), ModalityCues.builtIn());
    }

    /**
     * @param classifier codes verbs with actors that no pattern codes
     * @param cues       the speech verbs that report events and whose speakers are never targets ({@code --cues})
     * @param modality   the words that make an event negated, hypothetical or future ({@code --modality-cues})
     */
    public EventCoder(EventPatterns patterns, EventClassifier classifier, Ontology ontology, Gazetteer gazetteer,
                      DateResolver dates, CueLexicon cues, ModalityCues modality) {
        this.patterns = patterns;
        this.classifier = classifier;
        this.ontology = ontology;
        this.gazetteer = gazetteer;
        this.dates = dates;
        this.cues = cues;
        this.modality = new ModalityReader(cues, modality);
    }

    public List<Event> code(AnnotatedDocument doc) {
        MentionIndex mentions = new MentionIndex(doc.get(ActorLayers.ACTORS), doc.get(NlpLayers.NLP).sentences(),
                gazetteer);
        LocalDate published = doc.article().publishedDate();
        EventMerger merger = new EventMerger();
        List<EventDraft> earlier = new ArrayList<>();
        List<SentenceKind> kinds = doc.get(SentenceKindLayers.SENTENCE_KINDS);
        boolean answering = false; // the sentence before asked a question or offered an answer to one
        for (Sentence s : doc.get(NlpLayers.NLP).sentences()) {
            boolean question = isQuestion(kinds, s.index());
            boolean option = answering && isAnswerOption(s);
            answering = question || option;
            if (question || option) {
                continue;
            }
            List<EventDraft> inSentence = new ArrayList<>();
            for (Token t : s.tokens()) {
                PatternMatch match = predicateMatch(s, t);
                if (match == null && t.isVerb() && t.deprel().matches("root|ccomp|xcomp|conj|advcl|parataxis")) {
                    match = modelMatch(doc.text(), s, t, mentions);
                }
                EventDraft draft = match == null ? null : draft(doc.text(), s, t, match, mentions, published);
                if (draft != null) {
                    inSentence.add(answeredParty(s, t, draft, earlier));
                }
            }
            List<EventDraft> coded = withMediatedParties(inSentence);
            coded.forEach(merger::add);
            earlier.addAll(coded);
        }
        return merger.events();
    }

    private static boolean isQuestion(List<SentenceKind> kinds, int sentence) {
        return sentence >= 0 && sentence < kinds.size() && kinds.get(sentence) == SentenceKind.QUESTION;
    }

    /**
     * "Which should the EU do? Impose sanctions on Russia. Talks with Moscow.": after a question, a
     * verbless line or an order is an answer offered, as polls list them, not news.
     */
    private static boolean isAnswerOption(Sentence s) {
        return s.tokens().stream().noneMatch(Token::isVerb)
                || s.tokens().stream().anyMatch(t -> t.deprel().equals("root") && isOrder(s, t));
    }

    /**
     * "Mujahid rejected the demand": a response to "the" demand, offer or accusation with no actor as
     * target answers whoever made the latest such event before it.
     */
    private EventDraft answeredParty(Sentence s, Token predicate, EventDraft d, List<EventDraft> earlier) {
        if (!d.target().isEmpty() || predicate.isNoun()) {
            return d;
        }
        for (Token obj : s.children(predicate.index())) {
            boolean definite = s.children(obj.index()).stream()
                    .anyMatch(c -> c.deprel().equals("det") && c.text().equalsIgnoreCase("the"));
            PatternMatch noun = obj.deprel().equals("obj") && definite && obj.isNoun()
                    && patterns.isEventNoun(obj.lemma().toLowerCase(Locale.ROOT)) ? patterns.match(s, obj.index()) : null;
            if (noun == null) {
                continue;
            }
            String root = noun.cameo().substring(0, 2);
            for (int i = earlier.size() - 1; i >= 0; i--) {
                EventDraft e = earlier.get(i);
                if (e.code().root().equals(root) && !e.source().isEmpty()) {
                    List<EventArgument> target = new ArrayList<>(e.source());
                    target.removeIf(x -> d.source().stream().anyMatch(y -> y.actor().equals(x.actor())));
                    return target.isEmpty() ? d
                            : d.withTarget(target, "; target: who made 'the " + obj.text() + "' ('" + e.trigger().text() + "')");
                }
            }
        }
        return d;
    }

    /**
     * "talks ..., with Turkey and Qatar mediating": a mediation whose text names no target mediates
     * between the parties of the other event of the sentence.
     */
    private static List<EventDraft> withMediatedParties(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft parties = d.code().code().startsWith("045") && d.target().isEmpty()
                    ? drafts.stream().filter(o -> o != d && !o.target().isEmpty()).findFirst().orElse(null) : null;
            if (parties == null) {
                out.add(d);
                continue;
            }
            List<EventArgument> target = new ArrayList<>(parties.source());
            target.addAll(parties.target());
            target.removeIf(t -> d.source().stream().anyMatch(x -> x.actor().equals(t.actor())));
            out.add(d.withTarget(target, "; target: the parties of '" + parties.trigger().text() + "'"));
        }
        return out;
    }

    /**
     * The classifier's coding of a verb that no pattern codes, only when both sides are coded actors: on
     * real news the model's guesses about clauses without a clear dyad were mostly wrong ("he had left
     * Washington" as RETREAT), while a dyad of coded actors is where an analyst needs the event. Returned
     * as a PatternMatch so the rest of the coding, and the explanation, stay the same.
     */
    private PatternMatch modelMatch(String text, Sentence s, Token verb, MentionIndex mentions) {
        if (classifier == EventClassifier.NONE) {
            return null;
        }
        Arguments args = Arguments.of(s, verb.index());
        if (!hasCodedActor(s, args.source(), MentionIndex.Role.AGENT, mentions)
                && !hasCodedActor(s, args.target(), MentionIndex.Role.PATIENT, mentions)) {
            return null;
        }
        EventClassifier.Prediction p = classifier.classify(s, verb.index(), CodePoints.substring(text, s.start(), s.end()));
        return p == null ? null : new PatternMatch(p.cameo(), p.explanation(), "model", 0);
    }

    /** True when one of the tokens stands for an actor coded to a country or organisation (not "---GOV"). */
    private static boolean hasCodedActor(Sentence s, List<Integer> tokens, MentionIndex.Role role,
                                         MentionIndex mentions) {
        return tokens.stream().flatMap(t -> mentions.findAll(s, t, role).stream())
                .map(m -> mentions.actor(m.actorId()).code())
                .anyMatch(code -> code != null && !code.startsWith("---"));
    }

    private PatternMatch predicateMatch(Sentence s, Token t) {
        // participles that modify a noun count: "with Turkey and Qatar mediating", "a truce brokered by Qatar"
        boolean verb = t.isVerb() && !t.deprel().startsWith("aux") && !t.deprel().equals("cop")
                && (!t.deprel().equals("amod") || t.pos().equals("VBG") || t.pos().equals("VBN"));
        boolean noun = t.isNoun() && patterns.isEventNoun(t.lemma().toLowerCase(Locale.ROOT));
        if ((!verb && !noun) || assertsNoAct(s, t)) {
            return null;
        }
        if (verb && LIGHT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)) && hasEventNounObject(s, t)) {
            return null;
        }
        if (noun && isObjectOfCodedVerb(s, t)) {
            return null; // "rejected the demand": the rejection is the event, the demand its object
        }
        return patterns.match(s, t.index());
    }

    /**
     * Predicates that name no act of this sentence: an activity that is a subject and has none of its
     * own ("Fighting it is going to prolong ..."), a participle that names a kind ("the investigating agency", "the ruling
     * party"; a participle after its noun still acts: "with Qatar mediating"), the predicate of a
     * definition ("the GAO is the investigating agency of Congress", "this is an attack on democracy")
     * and an order ("Impose sanctions on Russia.", as poll options are written).
     */
    private static boolean assertsNoAct(Sentence s, Token t) {
        boolean subjectless = s.children(t.index()).stream().noneMatch(c -> c.deprel().startsWith("nsubj"));
        if (t.isVerb() && (t.deprel().startsWith("nsubj") || t.deprel().startsWith("csubj")) && subjectless) {
            return true;
        }
        boolean attributive = t.deprel().equals("amod") && t.head() > t.index();
        Token phrase = t.deprel().equals("amod") && t.head() >= 0 ? s.token(t.head()) : t;
        boolean definition = phrase.isNoun() && s.children(phrase.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
        return attributive || definition || isOrder(s, clauseOf(s, t));
    }

    /** The verb whose clause a predicate belongs to: itself, or for an object or subject noun its verb. */
    private static Token clauseOf(Sentence s, Token predicate) {
        return predicate.isNoun() && predicate.head() >= 0 && s.token(predicate.head()).isVerb()
                && (predicate.deprel().equals("obj") || predicate.deprel().startsWith("nsubj"))
                ? s.token(predicate.head()) : predicate;
    }

    /** An imperative main clause: a bare verb at the root (or joined to one) with no subject, auxiliary or marker. */
    private static boolean isOrder(Sentence s, Token verb) {
        Token root = verb.deprel().equals("conj") && verb.head() >= 0 ? s.token(verb.head()) : verb;
        return root.deprel().equals("root") && root.pos().equals("VB") && s.children(root.index()).stream()
                .noneMatch(c -> c.deprel().startsWith("nsubj") || c.deprel().startsWith("aux") || c.deprel().equals("mark"));
    }

    private boolean isObjectOfCodedVerb(Sentence s, Token noun) {
        if (!(noun.deprel().equals("obj") || noun.deprel().equals("nsubj:pass")) || noun.head() < 0) {
            return false;
        }
        Token verb = s.token(noun.head());
        return verb.isVerb() && !LIGHT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                && patterns.match(s, verb.index()) != null;
    }

    private boolean hasEventNounObject(Sentence s, Token verb) {
        return s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("obj")
                && patterns.isEventNoun(c.lemma().toLowerCase(Locale.ROOT)));
    }

    private EventDraft draft(String text, Sentence s, Token predicate, PatternMatch match, MentionIndex mentions,
                             LocalDate published) {
        CameoCode code = ontology.cameo().lookup(match.cameo());
        if (code == null) {
            return null;
        }
        Arguments args = predicate.isNoun() ? NounArguments.of(s, predicate.index()) : Arguments.of(s, predicate.index());
        Set<Integer> speakers = speakers(s);
        List<String> notes = new ArrayList<>();
        List<EventArgument> source = resolve(text, s, args.source(), MentionIndex.Role.AGENT, mentions, notes);
        List<EventArgument> target = target(text, s, args, speakers, mentions, notes);
        String how = args.how();
        Token act = target.isEmpty() && predicate.isVerb() ? infinitiveActTheSameWay(s, predicate, code) : null;
        if (act != null) {
            // "offered to hand over the island to Britain": the offer is made to whom the act is done
            target = target(text, s, Arguments.of(s, act.index()), speakers, mentions, notes);
            how += target.isEmpty() ? "" : ", target of 'to " + act.text() + "'";
        }
        if (target.isEmpty() && ADDRESSED_ROOTS.contains(code.root())) {
            // "demanded that the Taliban act": the one asked, accused or threatened is the clause's subject
            List<Integer> addressees = Arguments.clauseSubjects(s, predicate.index());
            target = resolve(text, s, notSpeakers(addressees, speakers), MentionIndex.Role.PATIENT, mentions, notes);
            how += target.isEmpty() ? "" : ", subject of the demanded clause";
        }
        if (target.isEmpty() && source.size() > 1 && RECIPROCAL.contains(predicate.lemma().toLowerCase(Locale.ROOT))) {
            // "Pakistan and the Taliban resumed talks": each side acts towards the other
            target = new ArrayList<>(source.subList(1, source.size()));
            source = new ArrayList<>(source.subList(0, 1));
            how += ", reciprocal";
        }
        List<EventArgument> sources = source;
        target.removeIf(t -> sources.stream().anyMatch(x -> x.actor().equals(t.actor())));
        if (Stream.concat(source.stream(), target.stream()).allMatch(a -> a.code() == null)) {
            return null; // nobody coded ("TWA agreed to buy..."): as PETRARCH, no event without a coded actor
        }
        if (code.root().equals("01") && target.isEmpty()) {
            return null; // "X said ...": the statement itself is not news; what was said is coded instead
        }
        if (isForce(code) && !source.isEmpty() && source.stream().allMatch(a -> a.sector() != null && UNARMED_SECTORS.contains(a.sector()))) {
            return null; // "a state appeals court struck down", "the Democrat shot back": words, not force
        }
        int anchor = clauseOf(s, predicate).index(); // "did not carry out strikes in Gaza on Monday"
        Modality modality = this.modality.of(s, anchor);
        Location location = gazetteer.locate(s, predicate.index());
        if (location == null && anchor != predicate.index()) {
            location = gazetteer.locate(s, anchor);
        }
        if (target.isEmpty() && code.code().startsWith(VISIT) && hostedAbroad(location, source)) {
            target = List.of(host(location, mentions));
            how += ", host country of '" + location.name() + "'";
        }
        EventDate date = dates.eventDate(s, predicate.index(), anchor, published);
        double confidence = confidence(match, source, target, modality);
        String rule = match.origin().equals("model") ? match.pattern()
                : "pattern '" + match.pattern() + "' (" + match.origin() + ")";
        String explanation = rule + " → " + code.code()
                + (how.isEmpty() ? "" : "; " + how) + notes.stream().map(n -> "; " + n).collect(Collectors.joining())
                + "; " + date.basis();
        TextSpan trigger = new TextSpan(predicate.start(), predicate.end(), predicate.text());
        return new EventDraft(new Offsets(s.start(), s.end()), trigger, source, target, code,
                ontology.plover(code.code()), location, date.iso(), date.precision(), modality, confidence, explanation);
    }

    /** The recipient when it names an actor ("promised aid to Mozambique"), else the object or prepositional target. */
    private static List<EventArgument> target(String text, Sentence s, Arguments args, Set<Integer> speakers,
                                              MentionIndex mentions, List<String> notes) {
        List<EventArgument> recipients = resolve(text, s, notSpeakers(args.recipient(), speakers),
                MentionIndex.Role.PATIENT, mentions, notes);
        return recipients.isEmpty()
                ? resolve(text, s, notSpeakers(args.target(), speakers), MentionIndex.Role.PATIENT, mentions, notes)
                : recipients;
    }

    /**
     * The infinitive of an intent whose own code points the same way, cooperation or conflict
     * ("offered to hand over", "threatened to attack"); not "promising to destroy", whose 030 would
     * make the destruction a cooperation with its victim.
     */
    private Token infinitiveActTheSameWay(Sentence s, Token predicate, CameoCode code) {
        for (Token c : s.children(predicate.index())) {
            PatternMatch m = c.deprel().equals("xcomp") && c.isVerb() ? patterns.match(s, c.index()) : null;
            CameoCode act = m == null ? null : ontology.cameo().lookup(m.cameo());
            if (act != null && cooperative(act) == cooperative(code)) {
                return c;
            }
        }
        return null;
    }

    private static boolean cooperative(CameoCode code) {
        return code.quadClass() <= CameoCode.MATERIAL_COOPERATION;
    }

    private static boolean isForce(CameoCode code) {
        return FORCE.stream().anyMatch(code.code()::startsWith);
    }

    /**
     * The tokens that speak in this sentence: subjects of speech verbs that introduce a clause, and the
     * speaker after a quote (", said the lawmakers"). A speaker is never made the target of what it reports.
     */
    private Set<Integer> speakers(Sentence s) {
        Set<Integer> out = new HashSet<>();
        for (Token verb : s.tokens()) {
            if (!verb.isVerb() || !cues.isVerb(verb.lemma())) {
                continue;
            }
            boolean introducesClause = s.children(verb.index()).stream()
                    .anyMatch(c -> c.deprel().equals("ccomp") || c.deprel().equals("parataxis"));
            if (introducesClause) {
                out.addAll(Arguments.ownSpeakers(s, verb));
            }
        }
        return out;
    }

    private static List<Integer> notSpeakers(List<Integer> tokens, Set<Integer> speakers) {
        return tokens.stream().filter(t -> !speakers.contains(t)).toList();
    }

    /** A visit to a place in another country than the visitor's: "arrived in Amman". */
    private static boolean hostedAbroad(Location location, List<EventArgument> visitors) {
        return location != null && location.country() != null
                && visitors.stream().noneMatch(v -> location.country().equals(v.country()));
    }

    /** The host country as the article's actor for it, else as an argument that is no listed actor. */
    private static EventArgument host(Location location, MentionIndex mentions) {
        Actor country = mentions.countryActor(location.country());
        return country != null
                ? new EventArgument(country.id(), country.code(), country.country(), country.sector(), location.name())
                : new EventArgument(null, location.country(), location.country(), null, location.name());
    }

    private static double confidence(PatternMatch match, List<EventArgument> source, List<EventArgument> target,
                                     Modality m) {
        double c = 0.5 + 0.05 * Math.min(match.specificity(), 3);
        c += source.isEmpty() || target.isEmpty() ? 0 : 0.15;
        c += source.stream().allMatch(a -> a.code() != null) && target.stream().allMatch(a -> a.code() != null) ? 0.05 : 0;
        c -= m.hypothetical() || m.reported() ? 0.1 : 0;
        return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100.0;
    }

    /**
     * The actors the tokens stand for; a pronoun or "the group" resolved to an earlier actor adds a note
     * naming the actor and the rule, for the explanation.
     */
    private static List<EventArgument> resolve(String text, Sentence s, List<Integer> tokens, MentionIndex.Role role,
                                               MentionIndex mentions, List<String> notes) {
        Map<String, EventArgument> out = new LinkedHashMap<>();
        for (int t : tokens) {
            for (ResolvedMention m : mentions.findAll(s, t, role)) {
                Actor a = mentions.actor(m.actorId());
                boolean here = m.sentence() == s.index() && m.first() <= t && t <= m.last();
                String words = here
                        ? CodePoints.substring(text, s.token(m.first()).start(), s.token(m.last()).end())
                        : s.token(t).text();
                String rule = here ? null : MentionIndex.referenceRule(s, s.token(t));
                if (rule != null && !out.containsKey(a.id())) {
                    notes.add("'" + words + "' = " + a.name() + " (" + rule + ")");
                }
                out.putIfAbsent(a.id(), new EventArgument(a.id(), a.code(), a.country(), a.sector(), words));
            }
        }
        return new ArrayList<>(out.values());
    }
}
