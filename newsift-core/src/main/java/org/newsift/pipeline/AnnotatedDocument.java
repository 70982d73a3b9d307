package org.newsift.pipeline;

import org.newsift.actors.Resolution;
import org.newsift.encoding.SentenceReading;
import org.newsift.model.Actor;
import org.newsift.model.Article;
import org.newsift.model.Claim;
import org.newsift.model.Entity;
import org.newsift.model.Event;
import org.newsift.model.Quote;
import org.newsift.model.Rhetoric;
import org.newsift.model.SentenceKind;
import org.newsift.nlp.NlpResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The document while stages work on it: the article text plus the layers added so far. Like a
 * spaCy Doc it is mutable during analysis and owned by one thread; {@link Pipeline} freezes it into
 * an immutable {@link org.newsift.model.Analysis}.
 */
public final class AnnotatedDocument {
    private final Article article;
    private String language;
    private NlpResult nlp = new NlpResult(List.of(), List.of());
    private List<Entity> entities = List.of();
    private List<SentenceReading> sentenceReadings = List.of();
    private List<Double> sentenceBias = List.of();
    private Resolution resolution = new Resolution(List.of(), List.of());
    private List<SentenceKind> sentenceKinds = List.of();
    private List<Event> events = List.of();
    private List<Quote> quotes = List.of();
    private List<Claim> claims = List.of();
    private List<Rhetoric> rhetoric = List.of();
    private String genre;
    private Double spin;
    private final List<String> warnings = new ArrayList<>();

    public AnnotatedDocument(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** ISO 639-1 code of the detected language, or "und" when it could not be told. */
    public String language() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** True when the English NLP stages may run on this document. */
    public boolean isEnglish() {
        return "en".equals(language);
    }

    public NlpResult nlp() {
        return nlp;
    }

    public void setNlp(NlpResult nlp) {
        this.nlp = nlp;
    }

    public List<Entity> entities() {
        return entities;
    }

    public void setEntities(List<Entity> entities) {
        this.entities = List.copyOf(entities);
    }

    /** One encoding per sentence of {@link #nlp()}, same order; empty when no encoder ran. */
    /**
     * One probability per sentence of {@link #nlp()} that the sentence is biased (BABE's notion: loaded,
     * one-sided wording), from newsift-models' bias stage; empty when it did not run. For the rhetoric
     * stage's spin score; not part of the output.
     */
    public List<Double> sentenceBias() {
        return sentenceBias;
    }

    public void setSentenceBias(List<Double> bias) {
        this.sentenceBias = List.copyOf(bias);
    }

    /**
     * One reading per sentence of {@link #nlp()} by newsift-models' sentence model, shared by the model stages that
     * follow so that each sentence goes through the encoder once; empty when it did not run. Not part of the output.
     */
    public List<SentenceReading> sentenceReadings() {
        return sentenceReadings;
    }

    public void setSentenceReadings(List<SentenceReading> readings) {
        this.sentenceReadings = List.copyOf(readings);
    }

    public List<Actor> actors() {
        return resolution.actors();
    }

    /** The actors with their token-level mentions, which later stages use to find who an argument is. */
    public Resolution resolution() {
        return resolution;
    }

    public void setResolution(Resolution resolution) {
        this.resolution = resolution;
    }

    /** One kind per sentence of {@link #nlp()}, in the same order. */
    public List<SentenceKind> sentenceKinds() {
        return sentenceKinds;
    }

    public void setSentenceKinds(List<SentenceKind> kinds) {
        this.sentenceKinds = List.copyOf(kinds);
    }

    public List<Event> events() {
        return events;
    }

    public void setEvents(List<Event> events) {
        this.events = List.copyOf(events);
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public void setQuotes(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public List<Claim> claims() {
        return claims;
    }

    public void setClaims(List<Claim> claims) {
        this.claims = List.copyOf(claims);
    }

    public List<Rhetoric> rhetoric() {
        return rhetoric;
    }

    public void setRhetoric(List<Rhetoric> rhetoric) {
        this.rhetoric = List.copyOf(rhetoric);
    }

    /** reporting, opinion or satire; null until a rhetoric stage decides (docs/rhetoric.md). */
    public String genre() {
        return genre;
    }

    public void setGenre(String genre) {
        this.genre = genre;
    }

    /** Spin score in [0,1]; null until a rhetoric stage computes it (docs/rhetoric.md). */
    public Double spin() {
        return spin;
    }

    public void setSpin(Double spin) {
        this.spin = spin;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }
}
