package org.newsift.lang;

import org.newsift.pipeline.AnnotatedDocument;
import org.newsift.pipeline.LayerKey;

/** The layer the language stage adds. */
public final class LanguageLayers {
    /** ISO 639-1 code of the detected language, or "und" when it could not be told; null before the stage. */
    public static final LayerKey<String> LANGUAGE = LayerKey.of("language", null);

    /** True when the English NLP stages may run on this document. */
    public static boolean isEnglish(AnnotatedDocument doc) {
        return "en".equals(doc.get(LANGUAGE));
    }

    private LanguageLayers() {
    }
}
