package org.newsift.events;

import org.newsift.actors.ResolvedMention;
import org.newsift.dates.DateResolver;
import org.newsift.dates.EventDate;
import org.newsift.events.ontology.CameoCode;
import org.newsift.events.ontology.Ontology;
import org.newsift.events.patterns.EventPatterns;
import org.newsift.events.patterns.PatternMatch;
import org.newsift.geo.Gazetteer;
import org.newsift.model.Actor;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.SentenceKind;
import org.newsift.model.TextSpan;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.text.CodePoints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Codes the events of a document: for each predicate (a verb, or an event noun such as "talks" or
 * "airstrike") that a pattern codes, it finds the source and target actors in the dependency tree,
 * the modality, the place and the date, and explains which pattern fired. Questions yield no events
 * (rhetorical ones included). An event reported in several sentences is listed once, with the other
 * sentences as evidence. Holds only immutable resources, so one instance serves all threads.
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

    private final EventPatterns patterns;
    private final EventClassifier classifier;
    private final Ontology ontology;
    private final Gazetteer gazetteer;
    private final DateResolver dates;

    public EventCoder(EventPatterns patterns, Ontology ontology, Gazetteer gazetteer, DateResolver dates) {
        this(patterns, EventClassifier.NONE, ontology, gazetteer, dates);
    }

    /** @param classifier codes verbs with actors that no pattern codes */
    public EventCoder(EventPatterns patterns, EventClassifier classifier, Ontology ontology, Gazetteer gazetteer,
                      DateResolver dates) {
        this.patterns = patterns;
        this.classifier = classifier;
        this.ontology = ontology;
        this.gazetteer = gazetteer;
        this.dates = dates;
    }

    public List<Event> code(AnnotatedDocument doc) {
        MentionIndex mentions = new MentionIndex(doc.resolution(), doc.nlp().sentences());
        LocalDate published = doc.article().publishedDate();
        EventMerger merger = new EventMerger();
        List<EventDraft> earlier = new ArrayList<>();
        List<SentenceKind> kinds = doc.sentenceKinds();
        for (Sentence s : doc.nlp().sentences()) {
            if (s.index() < kinds.size() && kinds.get(s.index()) == SentenceKind.QUESTION) {
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
        if (!hasCodedActor(s, args.source(), mentions) && !hasCodedActor(s, args.target(), mentions)) {
            return null;
        }
        EventClassifier.Prediction p = classifier.classify(s, verb.index(), CodePoints.substring(text, s.start(), s.end()));
        return p == null ? null : new PatternMatch(p.cameo(), p.explanation(), "model", 0);
    }

    /** True when one of the tokens stands for an actor coded to a country or organisation (not "---GOV"). */
    private static boolean hasCodedActor(Sentence s, List<Integer> tokens, MentionIndex mentions) {
        return tokens.stream().flatMap(t -> mentions.findAll(s, t).stream())
                .map(m -> mentions.actor(m.actorId()).code())
                .anyMatch(code -> code != null && !code.startsWith("---"));
    }

    private PatternMatch predicateMatch(Sentence s, Token t) {
        // participles that modify a noun count: "with Turkey and Qatar mediating", "a truce brokered by Qatar"
        boolean verb = t.isVerb() && !t.deprel().startsWith("aux") && !t.deprel().equals("cop")
                && (!t.deprel().equals("amod") || t.pos().equals("VBG") || t.pos().equals("VBN"));
        boolean noun = t.isNoun() && patterns.isEventNoun(t.lemma().toLowerCase(Locale.ROOT));
        if (!verb && !noun) {
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
        List<EventArgument> source = resolve(text, s, args.source(), mentions);
        List<EventArgument> target = resolve(text, s, args.target(), mentions);
        String how = args.how();
        if (target.isEmpty() && ADDRESSED_ROOTS.contains(code.root())) {
            // "demanded that the Taliban act": the one asked, accused or threatened is the clause's subject
            List<Integer> addressees = Arguments.clauseSubjects(s, predicate.index());
            target = resolve(text, s, addressees, mentions);
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
        // a nominal event's clause is its verb's: "did not carry out strikes in Gaza on Monday"
        int anchor = predicate.isNoun() && predicate.head() >= 0 && s.token(predicate.head()).isVerb()
                && (predicate.deprel().equals("obj") || predicate.deprel().startsWith("nsubj"))
                ? predicate.head() : predicate.index();
        Modality modality = ModalityReader.of(s, anchor);
        Location location = gazetteer.locate(s, predicate.index());
        if (location == null && anchor != predicate.index()) {
            location = gazetteer.locate(s, anchor);
        }
        EventDate date = dates.eventDate(s, predicate.index(), anchor, published);
        double confidence = confidence(match, source, target, modality);
        String rule = match.origin().equals("model") ? match.pattern()
                : "pattern '" + match.pattern() + "' (" + match.origin() + ")";
        String explanation = rule + " → " + code.code()
                + (how.isEmpty() ? "" : "; " + how)
                + "; " + date.basis();
        TextSpan trigger = new TextSpan(predicate.start(), predicate.end(), predicate.text());
        return new EventDraft(new Offsets(s.start(), s.end()), trigger, source, target, code,
                ontology.plover(code.code()), location, date.iso(), date.precision(), modality, confidence, explanation);
    }

    private static double confidence(PatternMatch match, List<EventArgument> source, List<EventArgument> target,
                                     Modality m) {
        double c = 0.5 + 0.05 * Math.min(match.specificity(), 3);
        c += source.isEmpty() || target.isEmpty() ? 0 : 0.15;
        c += source.stream().allMatch(a -> a.code() != null) && target.stream().allMatch(a -> a.code() != null) ? 0.05 : 0;
        c -= m.hypothetical() || m.reported() ? 0.1 : 0;
        return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100.0;
    }

    private static List<EventArgument> resolve(String text, Sentence s, List<Integer> tokens, MentionIndex mentions) {
        Map<String, EventArgument> out = new LinkedHashMap<>();
        for (int t : tokens) {
            for (ResolvedMention m : mentions.findAll(s, t)) {
                Actor a = mentions.actor(m.actorId());
                String words = m.sentence() == s.index() && m.first() <= t && t <= m.last()
                        ? CodePoints.substring(text, s.token(m.first()).start(), s.token(m.last()).end())
                        : s.token(t).text();
                out.putIfAbsent(a.id(), new EventArgument(a.id(), a.code(), a.country(), a.sector(), words));
            }
        }
        return new ArrayList<>(out.values());
    }
}
