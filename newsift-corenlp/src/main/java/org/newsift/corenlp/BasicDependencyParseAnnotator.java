package org.newsift.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.PackedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, keeping only the basic dependency graph, which is all newsift reads.
 * CoreNLP's own {@code depparse} annotator builds five graphs from each parse (collapsed, basic, cc-processed,
 * enhanced, enhanced++); building the four that nobody reads took most of the parser's time on news articles
 * (docs/performance.md, "CoreNLP per annotator"). The parse itself, and so the basic graph, is the same. It reads
 * the {@code depparse.*} settings ({@code depparse.model}, ...), so overriding those still works. Its scores come from
 * {@link PackedClassifier}, the parser's own weights laid out for the CPU's vector units.
 */
public final class BasicDependencyParseAnnotator extends SentenceAnnotator {
    /** The name under which {@link CoreNlpAnnotator} registers this annotator. */
    public static final String NAME = "basicdepparse";
    private final DependencyParser parser;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public BasicDependencyParseAnnotator(String name, Properties props) {
        Properties settings = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
        // as many precomputed features as CoreNLP would (20,000 by default: 80 MB of floats), in PackedClassifier's
        // own table; told to precompute none, CoreNLP does not first build its own
        int precompute = new Config(settings).numPreComputed;
        settings.setProperty("numPreComputed", "0");
        parser = DependencyParser.loadFromModelFile(settings.getProperty("model", DependencyParser.DEFAULT_MODEL), settings);
        PackedClassifier.install(parser, precompute);
    }

    @Override
    protected int nThreads() {
        return 1; // newsift parallelises over articles
    }

    @Override
    protected long maxTime() {
        return -1; // newsift bounds the work per article itself (LongSentences, the item timeout)
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, new SemanticGraph());
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}
