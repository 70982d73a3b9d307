package org.newsift.store;

import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Location;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.Plover;
import org.newsift.model.Summary;
import org.newsift.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for the pipeline in storage tests, which test storage, not NLP: countries named in the text
 * become actors, and the first two, with a keyword, one event ("accused" ACCUSE, "attacked" ASSAULT, "talks"
 * CONSULT) on the publication day. Fast and deterministic, with no CoreNLP.
 */
final class KeywordAnalyzer implements Function<Article, Analysis> {
    private static final Map<String, String> COUNTRIES = Map.of("Pakistan", "PAK", "Afghanistan", "AFG", "Qatar", "QAT",
            "Turkey", "TUR", "India", "IND");
    private static final List<String[]> VERBS = List.of(
            new String[] {"accused", "112", "Accuse, not specified below", "ACCUSE", "3", "-2.0"},
            new String[] {"attacked", "190", "Use conventional military force", "ASSAULT", "4", "-10.0"},
            new String[] {"talks", "040", "Consult, not specified below", "CONSULT", "1", "1.0"});

    @Override
    public Analysis apply(Article a) {
        String text = a.text();
        List<Actor> actors = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        COUNTRIES.forEach((name, code) -> {
            int at = text.indexOf(name);
            if (at >= 0) {
                found.add(new int[] {at, at + name.length()});
            }
        });
        found.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int[] span : found) {
            String name = text.substring(span[0], span[1]);
            String code = COUNTRIES.get(name);
            actors.add(new Actor("A" + (actors.size() + 1), name, code + "GOV", code, "GOV",
                    List.of(new TextSpan(span[0], span[1], name))));
        }
        List<Event> events = new ArrayList<>();
        String day = a.publishedDate() == null ? null : a.publishedDate().toString(); // as the pipeline dates a report
        for (String[] v : VERBS) {
            int at = text.indexOf(v[0]);
            if (at >= 0 && actors.size() >= 2) {
                events.add(new Event("E" + (events.size() + 1), new Offsets(0, text.length()), List.of(),
                        new TextSpan(at, at + v[0].length(), v[0]), List.of(argument(actors.get(0))),
                        List.of(argument(actors.get(1))), v[1], v[2], Double.parseDouble(v[5]), Integer.parseInt(v[4]),
                        new Plover(v[3], null, List.of()), new Location("Istanbul", "TUR", 41.01, 28.96), day, day == null ? null : "day",
                        new Modality(false, false, false, false), 0.9, "keyword " + v[0]));
                break;
            }
        }
        return new Analysis(Analysis.SCHEMA, a.id(), a.title(), a.url(), a.published(), "en", text, List.of(), List.of(),
                actors, events, List.of(), List.of(), List.of(),
                new Summary("keywords", 0, Map.of(), null, null, null, Map.of(), null, actors.size(), events.size(), List.of()));
    }

    private static EventArgument argument(Actor a) {
        return new EventArgument(a.id(), a.code(), a.country(), a.sector(), a.name());
    }
}
