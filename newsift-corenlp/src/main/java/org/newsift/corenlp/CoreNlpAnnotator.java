package org.newsift.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.newsift.nlp.EntityMention;
import org.newsift.nlp.NlpAnnotator;
import org.newsift.nlp.NlpResult;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;
import org.newsift.pipeline.AnalysisInterrupted;
import org.newsift.text.CodePoints;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP behind newsift's {@link NlpAnnotator}: tokenize, ssplit, pos, lemma, ner and the
 * neural dependency parser (basic Universal Dependencies, which is a tree). Models load once in the
 * constructor; {@link #annotate} is safe to call from several threads, as CoreNLP's server does.
 * <p>
 * The work per sentence is bounded: CoreNLP runs in two passes, tokenising and sentence splitting first (on runs of
 * at most {@link #MAX_WORD_CHARS} characters without a space: {@link LongWords}), then the rest on sentences of at
 * most {@link #MAX_SENTENCE_TOKENS} tokens ({@link LongSentences} splits longer ones), so that no input keeps the
 * tokenizer or the parser busy for minutes. An interrupted thread stops within one sentence's work of
 * one annotator and throws {@link AnalysisInterrupted}.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {
    /**
     * The most tokens a sentence may have before it is split (docs/performance.md). Real news stays far below it:
     * the longest sentences of the evaluation data, lists of names or tour dates, have about 270 tokens.
     */
    public static final int MAX_SENTENCE_TOKENS = 400;
    /**
     * The most characters without a space that the tokenizer reads in a row ({@link LongWords}). The longest such
     * runs in the evaluation data, URLs and unspaced Japanese, have about 360.
     */
    public static final int MAX_WORD_CHARS = 500;
    /** The property of the constructor's overrides that changes {@link #MAX_SENTENCE_TOKENS}; not CoreNLP's. */
    public static final String MAX_SENTENCE_TOKENS_PROPERTY = "newsift.maxSentenceTokens";
    private static final String VERSION = "4.5.10";

    /** Tokenisation and sentence splitting. */
    private final StanfordCoreNLP splitter;
    /** The annotators after the sentence splitter; null when there are none. */
    private final StanfordCoreNLP analyser;
    private final int maxSentenceTokens;

    public CoreNlpAnnotator() {
        this(new Properties());
    }

    /**
     * @param overrides CoreNLP properties that replace {@link #defaults()} (e.g. "ner.useSUTime"), and
     *                  {@link #MAX_SENTENCE_TOKENS_PROPERTY}; the annotators must include ssplit, which ends the first pass
     */
    public CoreNlpAnnotator(Properties overrides) {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's model-loading chatter is not ours to print
        Properties props = defaults();
        props.putAll(overrides);
        this.maxSentenceTokens = Integer.parseInt(props.getProperty(MAX_SENTENCE_TOKENS_PROPERTY, "" + MAX_SENTENCE_TOKENS));
        if (maxSentenceTokens < 1) {
            throw new IllegalArgumentException(MAX_SENTENCE_TOKENS_PROPERTY + " must be at least 1: " + maxSentenceTokens);
        }
        List<String> annotators = List.of(props.getProperty("annotators").trim().split("\\s*,\\s*"));
        int ssplit = annotators.indexOf("ssplit");
        if (ssplit < 0) {
            throw new IllegalArgumentException("the CoreNLP annotators must include ssplit: " + annotators);
        }
        this.splitter = new StanfordCoreNLP(withAnnotators(props, annotators.subList(0, ssplit + 1)));
        List<String> rest = annotators.subList(ssplit + 1, annotators.size());
        // the first pass satisfied what the rest requires
        this.analyser = rest.isEmpty() ? null : new StanfordCoreNLP(withAnnotators(props, rest), false);
    }

    private static Properties withAnnotators(Properties props, List<String> annotators) {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty("annotators", String.join(",", annotators));
        return p;
    }

    /**
     * The settings newsift runs with, chosen by measurement (docs/performance.md): of CoreNLP's NER,
     * the fine-grained TokensRegex layer (COUNTRY, CITY, TITLE...) cost about ten times the CRF itself
     * and 15 s of model loading, and SUTime is slow too, while newsift's own lexicons and date stage
     * cover what they would add. So NER is the 3-class CRF (PERSON, ORGANIZATION, LOCATION) plus the
     * numeric classifiers (NUMBER, MONEY, PERCENT, DATE). The parser keeps only the basic dependency graph,
     * the one newsift reads ({@link BasicDependencyParseAnnotator}). A blank line ends a sentence, so a title
     * line never merges with the first sentence of the body.
     */
    public static Properties defaults() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner," + BasicDependencyParseAnnotator.NAME);
        p.setProperty("customAnnotatorClass." + BasicDependencyParseAnnotator.NAME, BasicDependencyParseAnnotator.class.getName());
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.extradependencies", "NONE");
        return p;
    }

    @Override
    public String name() {
        return "corenlp-" + VERSION;
    }

    @Override
    public NlpResult annotate(String text) {
        CoreDocument doc = new CoreDocument(annotated(text));
        CodePoints cp = new CodePoints(text);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<CoreSentence> coreSentences = doc.sentences();
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreSentence cs = coreSentences.get(s);
            sentences.add(convert(s, cs, text, cp));
            for (CoreEntityMention m : cs.entityMentions()) {
                List<CoreLabel> toks = m.tokens();
                int start = cp.toCodePoint(toks.get(0).beginPosition());
                int end = cp.toCodePoint(toks.get(toks.size() - 1).endPosition());
                String gender = m.entityType().equals("PERSON") ? FirstNames.GENDERS.of(toks.get(0).word()) : null;
                entities.add(new EntityMention(start, end, CodePoints.substring(text, start, end), m.entityType(), s,
                        toks.get(0).index() - 1, toks.get(toks.size() - 1).index() - 1, gender));
            }
        }
        return new NlpResult(sentences, entities);
    }

    /** CoreNLP's annotations of the text, in the two passes of the class comment. */
    private Annotation annotated(String text) {
        Annotation annotation = new Annotation(LongWords.breakUp(text, MAX_WORD_CHARS));
        try {
            splitter.annotate(annotation);
            LongSentences.split(annotation, maxSentenceTokens);
            AnalysisInterrupted.check();
            if (analyser != null) {
                analyser.annotate(annotation);
            }
        } catch (RuntimeInterruptedException e) {
            Thread.currentThread().interrupt(); // CoreNLP cleared the flag, which our caller's owner reads
            throw new AnalysisInterrupted();
        }
        AnalysisInterrupted.check();
        return annotation;
    }

    private static Sentence convert(int index, CoreSentence cs, String text, CodePoints cp) {
        List<CoreLabel> labels = cs.tokens();
        int[] heads = new int[labels.size()];
        String[] rels = new String[labels.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "dep");
        SemanticGraph graph = cs.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                rels[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = e.getDependent().index() - 1;
                heads[dep] = e.getGovernor().index() - 1;
                rels[dep] = e.getRelation().toString();
            }
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = cp.toCodePoint(l.beginPosition());
            int end = cp.toCodePoint(l.endPosition());
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, start, end, text.substring(l.beginPosition(), l.endPosition()), l.tag(),
                    l.get(CoreAnnotations.LemmaAnnotation.class), ner, heads[i], rels[i]));
        }
        int start = cp.toCodePoint(labels.get(0).beginPosition());
        int end = cp.toCodePoint(labels.get(labels.size() - 1).endPosition());
        return new Sentence(index, start, end, tokens);
    }
}
