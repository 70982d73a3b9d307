package org.newsift.assembly;

import org.newsift.actors.ActorLayers;
import org.newsift.attribution.AttributionLayers;
import org.newsift.dates.ArticleDates;
import org.newsift.events.EventLayers;
import org.newsift.kinds.SentenceKindLayers;
import org.newsift.lang.LanguageLayers;
import org.newsift.model.Analysis;
import org.newsift.model.Article;
import org.newsift.model.SentenceInfo;
import org.newsift.model.SentenceKind;
import org.newsift.model.Summary;
import org.newsift.nlp.NlpLayers;
import org.newsift.nlp.Sentence;
import org.newsift.pipeline.AnalysisInterrupted;
import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;
import org.newsift.rhetoric.RhetoricLayers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An ordered chain of stages. The constructor checks that every stage's required layers are provided
 * by an earlier stage, so a misconfigured pipeline fails at start-up, not on the first article.
 * A pipeline is immutable and thread-safe: call {@link #analyze} from as many threads as you like.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<LayerKey<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            Set<LayerKey<?>> missing = new LinkedHashSet<>();
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + " but no earlier stage provides it");
            }
            available.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Analyses one article. One without a publication date gets one from its dateline when that gives a full
     * date (docs/dates.md), with a warning saying so; one that stays undated gets a warning when
     * some of its events have no date.
     *
     * @throws AnalysisInterrupted when the calling thread is interrupted: checked between stages and inside the
     *                             long ones, so a cancelled analysis stops within a sentence's or a batch's work
     */
    public Analysis analyze(Article article) {
        ArticleDates.Dated dated = ArticleDates.date(article);
        AnnotatedDocument doc = new AnnotatedDocument(dated.article());
        if (dated.warning() != null) {
            doc.warn(dated.warning());
        }
        for (Stage stage : stages) {
            AnalysisInterrupted.check();
            stage.apply(doc);
        }
        AnalysisInterrupted.check();
        warnIfUndated(doc);
        return freeze(doc);
    }

    private static void warnIfUndated(AnnotatedDocument doc) {
        long undated = doc.get(EventLayers.EVENTS).stream().filter(e -> e.date() == null).count();
        if (doc.article().publishedDate() == null && undated > 0) {
            doc.warn("no publication date given or found in the text: " + undated + " of "
                    + doc.get(EventLayers.EVENTS).size()
                    + " events are undated");
        }
    }

    private Analysis freeze(AnnotatedDocument doc) {
        Article a = doc.article();
        List<Sentence> sentences = doc.get(NlpLayers.NLP).sentences();
        List<SentenceKind> kinds = doc.get(SentenceKindLayers.SENTENCE_KINDS);
        List<SentenceInfo> sentenceInfos = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            SentenceKind kind = i < kinds.size() ? kinds.get(i) : SentenceKind.REPORT;
            sentenceInfos.add(new SentenceInfo(sentences.get(i).start(), sentences.get(i).end(), kind));
        }
        return new Analysis(Analysis.SCHEMA, a.id(), a.title(), a.url(), a.published(),
                doc.get(LanguageLayers.LANGUAGE), a.text(), sentenceInfos, doc.get(NlpLayers.ENTITIES),
                doc.get(ActorLayers.ACTORS).actors(), doc.get(EventLayers.EVENTS), doc.get(AttributionLayers.QUOTES),
                doc.get(AttributionLayers.CLAIMS), doc.get(RhetoricLayers.RHETORIC), summarize(doc, sentenceInfos));
    }

    private Summary summarize(AnnotatedDocument doc, List<SentenceInfo> sentences) {
        Map<SentenceKind, Integer> kinds = new EnumMap<>(SentenceKind.class);
        sentences.forEach(s -> kinds.merge(s.kind(), 1, Integer::sum));
        Double reportShare = null;
        Double opinionShare = null;
        if (!sentences.isEmpty()) {
            int reporting = kinds.getOrDefault(SentenceKind.REPORT, 0) + kinds.getOrDefault(SentenceKind.QUOTE, 0);
            reportShare = round((double) reporting / sentences.size());
            opinionShare = round(1.0 - reportShare);
        }
        Map<String, Integer> techniques = new TreeMap<>();
        doc.get(RhetoricLayers.RHETORIC).forEach(r -> techniques.merge(r.technique(), 1, Integer::sum));
        String pipeline = stages.stream().map(Stage::name).collect(Collectors.joining(" > "));
        return new Summary(pipeline, doc.get(NlpLayers.NLP).tokenCount(), kinds, reportShare, opinionShare,
                doc.get(RhetoricLayers.GENRE), techniques, doc.get(RhetoricLayers.SPIN),
                doc.get(ActorLayers.ACTORS).actors().size(), doc.get(EventLayers.EVENTS).size(), doc.warnings());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
