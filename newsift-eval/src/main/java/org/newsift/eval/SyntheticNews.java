package org.newsift.eval;

import org.newsift.events.ontology.CameoCode;
import org.newsift.events.ontology.CameoCodebook;
import org.newsift.model.Actor;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.Event;
import org.newsift.model.EventArgument;
import org.newsift.model.Modality;
import org.newsift.model.Offsets;
import org.newsift.model.Plover;
import org.newsift.model.Summary;
import org.newsift.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic analyses for store benchmarks: articles of random words, each with a few events between
 * countries drawn from a Zipf-like distribution (a few countries in most news), sectors weighted towards
 * governments, and CAMEO codes weighted as in event data (statements and consultations common, force rare),
 * with Goldstein scores and quad classes from the built-in codebook. No real text; nothing to analyse.
 */
final class SyntheticNews {
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "PAK", "AFG", "IND", "IRN", "ISR", "UKR", "TUR",
            "GBR", "FRA", "DEU", "SAU", "EGY", "SYR", "IRQ", "NGA", "BRA", "JPN"};
    private static final String[] SECTORS = {"GOV", "GOV", "GOV", "MIL", "MIL", "REB", "BUS", "CVL", "MED", "JUD"};
    /** CAMEO codes with relative weights. */
    private static final Map<String, Integer> CAMEO = Map.ofEntries(Map.entry("010", 20), Map.entry("020", 6),
            Map.entry("036", 5), Map.entry("040", 15), Map.entry("042", 6), Map.entry("043", 6), Map.entry("051", 5),
            Map.entry("057", 3), Map.entry("061", 3), Map.entry("070", 2), Map.entry("090", 2), Map.entry("112", 8),
            Map.entry("120", 4), Map.entry("130", 3), Map.entry("172", 2), Map.entry("173", 3), Map.entry("190", 4),
            Map.entry("193", 2), Map.entry("195", 1));
    private static final String[] WORDS = ("border ministry trade crossing convoy statement envoy talks ceasefire "
            + "province officials market harvest river bridge school clinic court election council budget railway "
            + "airport drought flood police village capital delegation spokesman treaty sanctions report summit "
            + "pipeline refinery tariff embassy refugees camp aid corridor parliament vote").split(" ");

    private final Random random;
    private final CameoCodebook codebook = CameoCodebook.builtIn();
    private final List<String> cameoDraws = new ArrayList<>();
    private final double[] countryWeights = new double[COUNTRIES.length];
    private final LocalDate start;
    private final int days;
    private int next;

    SyntheticNews(long seed, LocalDate start, int days) {
        this.random = new Random(seed);
        this.start = start;
        this.days = days;
        CAMEO.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> cameoDraws.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
        double sum = 0;
        for (int i = 0; i < COUNTRIES.length; i++) {
            sum += 1.0 / (i + 1);
            countryWeights[i] = sum;
        }
        for (int i = 0; i < COUNTRIES.length; i++) {
            countryWeights[i] /= sum;
        }
    }

    /** The next article, with its analysis holding {@code events} events. */
    Article article() {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String published = start.plusDays(random.nextInt(days)).toString();
        return new Article("synthetic-" + (++next), "Synthetic " + next, null, published, text.append('.').toString());
    }

    Analysis analysis(Article a, int events) {
        List<Actor> actors = new ArrayList<>();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            Actor s = actor(actors);
            Actor t = actor(actors);
            CameoCode code = codebook.require(cameoDraws.get(random.nextInt(cameoDraws.size())));
            out.add(new Event("E" + (i + 1), new Offsets(0, 10), List.of(), new TextSpan(0, 6, a.text().substring(0, 6)),
                    List.of(argument(s)), List.of(argument(t)), code.code(), code.name(), code.goldstein(), code.quadClass(),
                    new Plover("CONSULT", null, List.of()), null, a.published(), "day", new Modality(false, false, false, false),
                    0.8, "synthetic"));
        }
        return new Analysis(Analysis.SCHEMA, a.id(), a.title(), a.url(), a.published(), "en", a.text(), List.of(), List.of(),
                actors, out, List.of(), List.of(), List.of(),
                new Summary("synthetic", 0, Map.of(), null, null, null, Map.of(), null, actors.size(), out.size(), List.of()));
    }

    private Actor actor(List<Actor> actors) {
        double r = random.nextDouble();
        int c = 0;
        while (countryWeights[c] < r) {
            c++;
        }
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        Actor a = new Actor("A" + (actors.size() + 1), COUNTRIES[c] + " " + sector, COUNTRIES[c] + sector, COUNTRIES[c], sector,
                List.of(new TextSpan(0, 6, "synthe")));
        actors.add(a);
        return a;
    }

    private static EventArgument argument(Actor a) {
        return new EventArgument(a.id(), a.code(), a.country(), a.sector(), a.name());
    }
}
