package org.newsift.lang;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;
import org.newsift.pipeline.Stage;

import java.util.Set;

/**
 * Sets the document's language. Text in another language keeps its metadata but gets no English NLP
 * layers (later stages check {@link LanguageLayers#isEnglish}); text too short or mixed to tell
 * is analysed as English with a warning, because a headline-length input is usually English news.
 */
public final class LanguageStage implements Stage {
    private final LanguageIdentifier identifier;

    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(LanguageLayers.LANGUAGE);
    }

    @Override
    public void apply(AnnotatedDocument doc) {
        String lang = identifier.identify(doc.text());
        if (LanguageIdentifier.UNDETERMINED.equals(lang)) {
            doc.warn("language could not be identified; analysed as English");
            doc.put(LanguageLayers.LANGUAGE, "en");
        } else {
            doc.put(LanguageLayers.LANGUAGE, lang);
            if (!LanguageLayers.isEnglish(doc)) {
                doc.warn("language '" + lang + "' is not supported: only English is analysed, NLP layers left empty");
            }
        }
    }
}
